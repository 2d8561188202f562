package dev.mllens.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.MlLens;
import dev.mllens.cli.MlLensCli;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's coverage table must list exactly the practices that have rules, and it must name every CLI option. */
class ReadmeCoverageTest {

    @Test
    void everyCommandAndOptionOfTheCliIsInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Set<String> missing = new TreeSet<>();
        for (CommandLine sub : MlLensCli.commands().subcommands().values()) {
            String name = sub.getCommandName();
            if (name.equals("help")) {
                continue;
            }
            if (!readme.contains("mllens.jar " + name)) {
                missing.add(name);
            }
            for (OptionSpec o : sub.getCommandSpec().options()) {
                if (!o.usageHelp() && !o.versionHelp() && !readme.contains(o.longestName())) {
                    missing.add(name + " " + o.longestName());
                }
            }
        }
        assertThat(missing).as("commands and options the README does not mention").isEmpty();
    }

    @Test
    void coverageTableMatchesTheRules() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("## Which practices have rules");
        assertThat(start).as("README section").isNotNegative();
        Set<String> listed = new TreeSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            for (Pillar p : Pillar.values()) {
                if (line.startsWith("| " + p.displayName() + " |")) {
                    String[] cells = line.split("\\|");
                    String ids = cells[cells.length - 1].trim();
                    Set<String> rowIds = ids.equals("-") ? Set.of()
                            : Arrays.stream(ids.split(",")).map(String::trim).collect(Collectors.toSet());
                    Set<String> expected = Lens.catalog().byPillar().get(p).stream().map(BestPractice::id)
                            .filter(MlLens.engine().practicesWithRules()::contains).collect(Collectors.toSet());
                    assertThat(rowIds).as(p + " row").isEqualTo(expected);
                    assertThat(cells[2].trim()).as(p + " count").isEqualTo(expected.size() + " of "
                            + Lens.catalog().byPillar().get(p).size());
                    listed.addAll(rowIds);
                }
            }
        }
        assertThat(listed).isEqualTo(MlLens.engine().practicesWithRules());
    }
}
