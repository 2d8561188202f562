package dev.mllens.cli;

import dev.mllens.json.LensJson;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "List the best practices of the lens.")
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    CatalogFormat format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Lens lens = Lens.catalog();
        if (format == CatalogFormat.JSON) {
            out.println(LensJson.writeCatalog(lens));
        } else {
            out.printf("%-13s %-6s %-23s %-18s %s%n", "ID", "RISK", "PILLAR", "PHASE", "TITLE");
            for (BestPractice p : lens.practices()) {
                out.printf("%-13s %-6s %-23s %-18s %s%n", p.id(), p.risk(), p.pillar(), p.phase(), p.title());
            }
        }
        out.flush();
        return MlLensCli.OK;
    }
}
