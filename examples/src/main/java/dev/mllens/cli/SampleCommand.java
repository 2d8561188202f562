package dev.mllens.cli;

import dev.mllens.samples.Samples;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Print the bundled sample workload JSON, a starting point for your own file.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Samples.fraudDetectionJson());
        spec.commandLine().getOut().flush();
        return MlLensCli.OK;
    }
}
