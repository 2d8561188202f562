package dev.mllens.cli;

import dev.mllens.json.LensJson;
import dev.mllens.workload.WorkloadSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the workload document, for editors and forms, or with"
                + " --report the schema of the JSON report (assess --format json).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--report", description = "Print the schema of the JSON report, the contract of assess --format json.")
    boolean report;

    @Override
    public Integer call() {
        String schema = report ? LensJson.reportSchema() : WorkloadSchema.json();
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        spec.commandLine().getOut().flush();
        return MlLensCli.OK;
    }
}
