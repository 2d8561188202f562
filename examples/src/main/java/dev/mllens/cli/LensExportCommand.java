package dev.mllens.cli;

import dev.mllens.watool.WaTool;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "lens-export", mixinStandardHelpOptions = true,
        description = "Print the lens as an AWS Well-Architected Tool custom lens (JSON), to import into the tool.")
final class LensExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(WaTool.lensExport());
        spec.commandLine().getOut().flush();
        return MlLensCli.OK;
    }
}
