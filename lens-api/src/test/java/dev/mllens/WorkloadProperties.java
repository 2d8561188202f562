package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mllens.finding.Finding;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.lens.BestPractice;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: properties of valid generated workloads ({@link WorkloadGens}, QuickTheories generators that
 * shrink a failure to a small workload).
 */
class WorkloadProperties {

    private static final List<String> PRACTICES = dev.mllens.lens.Lens.catalog().practices().stream().map(BestPractice::id).toList();

    @Test
    void everyValidWorkloadYieldsExactlyOneFindingPerPractice() {
        qt().withExamples(200).forAll(WorkloadGens.workloads()).checkAssert(w -> assertThat(MlLens.engine().assess(w).findings())
                .extracting(Finding::bestPracticeId).containsExactlyElementsOf(PRACTICES).hasSize(105));
    }

    /** The strict reader takes back what the writer wrote, in both syntaxes: strictness refuses no valid workload. */
    @Test
    void everyValidWorkloadIsReadBackAsWritten() {
        qt().withExamples(200).forAll(WorkloadGens.workloads()).checkAssert(w -> {
            assertThat(LensJson.readWorkload(LensJson.write(w), DocumentSyntax.JSON)).isEqualTo(w);
            assertThat(LensJson.readWorkload(LensJson.writeYaml(w), DocumentSyntax.YAML)).isEqualTo(w);
        });
    }
}
