package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.Comparison.Kind;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private final LensEngine engine = MlLens.engine();

    /**
     * MLSEC04-BP02 (HIGH): NOT_MET when distributed training traffic is not encrypted; undecided when it is
     * (the supporting checks lack facts).
     */
    private static Workload training(boolean encrypted) {
        return Workload.builder("w").training(Training.builder()
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).interNodeEncryption(encrypted).build()).build();
    }

    @Test
    void sameWorkloadAgainstItsOwnBaselineIsUnchangedAndPassesTheGate() {
        Assessment a = engine.assess(training(false));
        Comparison c = a.compareWith(Baseline.of(a));
        assertThat(c.counts()).containsEntry(Kind.UNCHANGED, a.findings().size()).containsEntry(Kind.WORSE, 0);
        assertThat(a.findingsAtOrAbove(Threshold.HIGH)).isNotEmpty();
        assertThat(c.regressionsAtOrAbove(Threshold.HIGH)).isEmpty();
        assertThat(c.check(Threshold.MEDIUM)).isSameAs(c);
    }

    @Test
    void aRegressionIsWorseAndFailsTheGate() {
        Baseline before = Baseline.of(engine.assess(training(true)));
        Comparison c = engine.assess(training(false)).compareWith(before);
        Comparison.Change change = c.changes().stream().filter(ch -> ch.bestPracticeId().equals("MLSEC04-BP02"))
                .findFirst().orElseThrow();
        assertThat(change.kind()).isEqualTo(Kind.WORSE);
        assertThat(change.before()).isEqualTo(new Baseline.Rating(Status.INSUFFICIENT_EVIDENCE, Risk.UNANSWERED));
        assertThat(change.after()).isEqualTo(new Baseline.Rating(Status.NOT_MET, Risk.HIGH));
        assertThat(c.regressionsAtOrAbove(Threshold.HIGH)).extracting(Finding::bestPracticeId).containsExactly("MLSEC04-BP02");
        assertThatThrownBy(() -> c.check(Threshold.HIGH)).isInstanceOf(AssessmentFailedException.class)
                .hasMessageContaining("new or worse than the baseline (MLSEC04-BP02)");
    }

    @Test
    void aFixIsBetter() {
        Baseline before = Baseline.of(engine.assess(training(false)));
        Comparison c = engine.assess(training(true)).compareWith(before);
        assertThat(c.changes(Kind.BETTER)).extracting(Comparison.Change::bestPracticeId).contains("MLSEC04-BP02");
        assertThat(c.changes(Kind.WORSE)).isEmpty();
    }

    @Test
    void practicesTheBaselineLacksAreNewAndThoseOutOfScopeAreDropped() {
        Assessment a = engine.assess(training(false), AssessmentOptions.builder().practices("MLSEC04-BP02").build());
        Baseline other = new Baseline("w", Map.of("MLOPS01-BP01", new Baseline.Rating(Status.MET, Risk.NONE)));
        Comparison c = a.compareWith(other);
        assertThat(c.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.NEW);
            assertThat(ch.before()).isNull();
        });
        assertThat(c.dropped()).containsExactly("MLOPS01-BP01");
        assertThatThrownBy(() -> c.check(Threshold.HIGH)).isInstanceOf(AssessmentFailedException.class);
    }

    @Test
    void sameRiskIsOrderedByStatus() {
        Assessment waived = engine.assess(training(false), AssessmentOptions.builder().practices("MLSEC04-BP02")
                .waive("MLSEC04-BP02", WaiverReason.OUT_OF_SCOPE, null).build());
        // A MEDIUM practice partially met carries risk NONE, like a waived one: the status decides.
        Baseline partial = new Baseline("w", Map.of("MLSEC04-BP02", new Baseline.Rating(Status.PARTIALLY_MET, Risk.NONE)));
        assertThat(waived.compareWith(partial).changes()).singleElement().extracting(Comparison.Change::kind)
                .isEqualTo(Kind.BETTER);
        Baseline met = new Baseline("w", Map.of("MLSEC04-BP02", new Baseline.Rating(Status.MET, Risk.NONE)));
        assertThat(waived.compareWith(met).changes()).singleElement().extracting(Comparison.Change::kind)
                .isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void aBaselineOfAnotherWorkloadIsRejected() {
        Assessment a = engine.assess(training(true));
        assertThatThrownBy(() -> a.compareWith(new Baseline("other", Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline is for workload 'other', the assessment is for 'w'");
        assertThat(a.compareWith(new Baseline(null, Map.of())).counts()).containsEntry(Kind.NEW, a.findings().size());
        assertThatThrownBy(() -> new Baseline("w", Map.of(" ", new Baseline.Rating(Status.MET, Risk.NONE))))
                .hasMessageContaining("practice id must not be blank");
    }
}
