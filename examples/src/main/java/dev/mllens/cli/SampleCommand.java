package dev.mllens.cli;

import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.samples.Samples;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Print the bundled sample workload, a starting point for your own file.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", paramLabel = "SYNTAX",
            description = "json or yaml (default: ${DEFAULT-VALUE}).")
    DocumentSyntax format;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(format == DocumentSyntax.YAML ? LensJson.writeYaml(Samples.fraudDetection())
                : Samples.fraudDetectionJson());
        spec.commandLine().getOut().flush();
        return MlLensCli.OK;
    }
}
