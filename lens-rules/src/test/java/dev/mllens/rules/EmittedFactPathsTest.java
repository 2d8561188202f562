package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Missing;
import dev.mllens.workload.FactModel;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every fact path a finding can cite, in its evidence, its gaps or in what it asks for, names a fact of the
 * model (or a whole list of the workload, for "declare the datasets"): rules name facts through typed
 * handles, and this keeps the derived asks and the engine honest too. A gap names a fact among the
 * finding's evidence, so a reader finds its value next to it.
 */
class EmittedFactPathsTest {

    @Test
    void everyPathInEvidenceGapsAndMissingResolvesAgainstTheFactModel() {
        Set<String> seen = new TreeSet<>();
        Set<String> unresolved = new TreeSet<>();
        Set<String> gapFacts = new TreeSet<>();
        Set<String> gapsWithoutEvidence = new TreeSet<>();
        try (RuleBase rules = RuleBase.load()) {
            for (long seed = 0; seed < 250; seed++) {
                for (Finding f : rules.evaluate(RandomWorkloads.generate(seed))) {
                    f.evidence().stream().map(Evidence::fact).forEach(seen::add);
                    f.missing().stream().map(Missing::fact).forEach(seen::add);
                    for (Gap g : f.gaps()) {
                        gapFacts.add(g.fact());
                        if (f.evidence().stream().noneMatch(e -> e.fact().equals(g.fact()))) {
                            gapsWithoutEvidence.add(f.bestPracticeId() + ": " + g);
                        }
                    }
                }
            }
        }
        seen.addAll(gapFacts);
        for (String path : seen) {
            boolean list = FactModel.get().sections().stream().anyMatch(s -> s.list() && s.name().equals(path));
            if (!list && FactModel.get().fact(path).isEmpty()) {
                unresolved.add(path);
            }
        }
        assertThat(seen).as("paths seen").hasSizeGreaterThan(300);
        assertThat(unresolved).as("paths that name no fact").isEmpty();
        assertThat(gapFacts).as("facts gaps are about").hasSizeGreaterThan(150);
        assertThat(gapsWithoutEvidence).as("gaps whose fact is not in the finding's evidence").isEmpty();
    }
}
