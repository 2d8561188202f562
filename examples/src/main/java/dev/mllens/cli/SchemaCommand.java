package dev.mllens.cli;

import dev.mllens.workload.WorkloadSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the workload document, for editors and forms.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(WorkloadSchema.json());
        spec.commandLine().getOut().flush();
        return MlLensCli.OK;
    }
}
