package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.EngineError;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.report.TextReport;
import dev.mllens.samples.Samples;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A practice the engine could not conclude leaves the other findings standing, and nothing that concludes
 * from the assessment passes it: the gate, {@code check}, {@code requireComplete}.
 */
public class EngineErrorsTest {

    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());
    private static final String BROKEN = "MLSEC04-BP02";

    /** The sample as it would be had the engine failed on one practice (RuleBaseContractTest makes one fail). */
    public static Assessment withEngineError() {
        List<Finding> findings = SAMPLE.findings().stream().map(f -> !f.bestPracticeId().equals(BROKEN) ? f
                : new Finding(f.bestPracticeId(), f.title(), f.pillar(), f.phase(), f.questionId(), Status.INSUFFICIENT_EVIDENCE,
                        Risk.UNANSWERED, "engine error: rules of " + BROKEN + " reached no conclusion", List.of(), List.of(),
                        List.of(), List.of())).toList();
        return new Assessment(SAMPLE.workloadId(), SAMPLE.workloadName(), findings, Set.of(), List.of(),
                List.of(new EngineError(BROKEN, "rules of " + BROKEN + " reached no conclusion")));
    }

    @Test
    void aCompleteAssessmentHasNoEngineErrors() {
        assertThat(SAMPLE.engineErrors()).isEmpty();
        assertThat(SAMPLE.requireComplete()).isSameAs(SAMPLE);
    }

    @Test
    void noGatePassesAnIncompleteAssessment() {
        Assessment broken = withEngineError();
        assertThat(broken.findings()).hasSize(105);
        for (Threshold t : Threshold.values()) {
            Gate.Verdict v = Gate.failOn(t).evaluate(broken);
            assertThat(v.passed()).as(t.name()).isFalse();
            assertThat(v.summary()).isEqualTo("the engine could not conclude 1 practice (" + BROKEN
                    + "): a gate does not pass an incomplete assessment");
        }
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(broken.compareWith(Baseline.of(broken))).passed()).isFalse();
        assertThatThrownBy(() -> broken.check(Threshold.HIGH)).isInstanceOf(AssessmentFailedException.class)
                .hasMessageContaining("the engine could not conclude 1 practice");
    }

    @Test
    void requireCompleteThrowsAndKeepsTheFindingsThatStand() {
        Assessment broken = withEngineError();
        assertThatThrownBy(broken::requireComplete).isInstanceOfSatisfying(EngineFaultException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("mllens could not conclude 1 of 105 practices for workload"
                    + " 'card-fraud-detection': " + BROKEN + ": rules of " + BROKEN + " reached no conclusion");
            assertThat(e.errors()).extracting(EngineError::bestPracticeId).containsExactly(BROKEN);
            assertThat(e.assessment().finding("MLSEC03-BP02")).isEqualTo(SAMPLE.finding("MLSEC03-BP02"));
        });
    }

    @Test
    void theImprovementPlanHasNothingToSayAboutAPracticeTheEngineCouldNotConclude() {
        assertThat(withEngineError().improvementPlan().items()).extracting(ImprovementPlan.Item::bestPracticeId)
                .doesNotContain(BROKEN).isNotEmpty();
    }

    @Test
    void theTextReportLeadsWithIt() {
        String text = TextReport.standard().render(withEngineError());
        assertThat(text).contains("ENGINE ERROR: the assessment is incomplete; mllens could not conclude 1 practice,"
                + " whose findings below are no verdict:\n  " + BROKEN + ": rules of " + BROKEN + " reached no conclusion\n");
        assertThat(TextReport.standard().render(SAMPLE)).doesNotContain("ENGINE ERROR");
    }
}
