package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.samples.Samples;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateTest {

    private final LensEngine engine = MlLens.engine();
    private final Assessment sample = engine.assess(Samples.fraudDetection());

    @Test
    void eachThresholdCountsItsRiskAndTheMoreUrgentOnes() {
        Map<Risk, Integer> counts = sample.practiceRiskCounts();
        Gate.Verdict high = Gate.failOn(Threshold.HIGH).evaluate(sample);
        Gate.Verdict medium = Gate.failOn(Threshold.MEDIUM).evaluate(sample);
        Gate.Verdict unanswered = Gate.failOn(Threshold.UNANSWERED).evaluate(sample);
        assertThat(high.failing()).hasSize(counts.get(Risk.HIGH)).allSatisfy(f -> assertThat(f.risk()).isEqualTo(Risk.HIGH));
        assertThat(medium.failing()).hasSize(counts.get(Risk.HIGH) + counts.get(Risk.MEDIUM));
        assertThat(unanswered.failing()).hasSize(counts.get(Risk.HIGH) + counts.get(Risk.MEDIUM) + counts.get(Risk.UNANSWERED))
                .anySatisfy(f -> assertThat(f.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE));
        assertThat(high.passed()).isFalse();
        assertThat(high.summary()).isEqualTo(counts.get(Risk.HIGH) + " findings at HIGH or above ("
                + String.join(", ", high.failing().stream().limit(5).map(Finding::bestPracticeId).toList()) + " and 1 more)");
        assertThat(sample.findingsAtOrAbove(Threshold.UNANSWERED)).isEqualTo(unanswered.failing());
    }

    @Test
    void aWorkloadThatStatesNothingNeverPasses() {
        Assessment silent = engine.assess(Workload.builder("x").build());
        assertThat(silent.practiceRiskCounts().get(Risk.UNANSWERED)).isEqualTo(105);
        for (Threshold threshold : Threshold.values()) {
            Gate.Verdict v = Gate.failOn(threshold).evaluate(silent);
            assertThat(v.passed()).as(threshold.name()).isFalse();
            assertThat(v.failing()).as("no finding reaches HIGH or MEDIUM, yet it fails").hasSize(threshold == Threshold.UNANSWERED ? 105 : 0);
            assertThat(v.decided()).isZero();
        }
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(silent).summary()).startsWith("no practice in scope was decided");
        assertThatThrownBy(() -> silent.check(Threshold.MEDIUM)).isInstanceOf(AssessmentFailedException.class)
                .hasMessageContaining("gate failed for workload 'x': no practice in scope was decided");
    }

    @Test
    void waiversAreNotEvidenceAndAnEmptyScopeChecksNothing() {
        Workload oneFact = Workload.builder("w").training(Training.builder()
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).interNodeEncryption(false).build()).build();
        AssessmentOptions onlyThat = AssessmentOptions.builder().practices("MLSEC04-BP02").build();
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(engine.assess(oneFact, onlyThat)).failing())
                .extracting(Finding::bestPracticeId).containsExactly("MLSEC04-BP02");
        Assessment waived = engine.assess(oneFact, AssessmentOptions.builder().practices("MLSEC04-BP02")
                .waive("MLSEC04-BP02", WaiverReason.OUT_OF_SCOPE, "research cluster").build());
        Gate.Verdict v = Gate.failOn(Threshold.HIGH).evaluate(waived);
        assertThat(v.passed()).as("the only practice in scope is waived: nothing was decided").isFalse();
        assertThat(v.failing()).isEmpty();

        Assessment empty = engine.assess(Samples.fraudDetection(), AssessmentOptions.builder().practices("MLSEC01-BP01")
                .pillars(dev.mllens.lens.Pillar.RELIABILITY).build());
        assertThat(empty.findings()).isEmpty();
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(empty).summary()).isEqualTo("no practice is in scope, so the gate has nothing to check");
    }

    @Test
    void aDecidedAssessmentBelowTheThresholdPasses() {
        // in the sample, MLSEC03-BP01 is partially met: MEDIUM risk, below a HIGH gate
        Assessment one = engine.assess(Samples.fraudDetection(), AssessmentOptions.builder().practices("MLSEC03-BP01").build());
        assertThat(one.findings()).singleElement().satisfies(f -> assertThat(f.risk()).isEqualTo(Risk.MEDIUM));
        Gate.Verdict v = Gate.failOn(Threshold.HIGH).evaluate(one);
        assertThat(v.passed()).isTrue();
        assertThat(v.summary()).isEqualTo("passed: 0 findings at HIGH or above, 1 of 1 practices decided");
        assertThat(one.check(Threshold.HIGH)).isSameAs(one);
        assertThat(Gate.failOn(Threshold.MEDIUM).evaluate(one).summary()).isEqualTo("1 finding at MEDIUM or above (MLSEC03-BP01)");
    }

    @Test
    void aThresholdIsReachedByItsRiskAndMoreUrgentOnesOnly() {
        assertThat(Threshold.values()).extracting(Threshold::risk).containsExactly(Risk.HIGH, Risk.MEDIUM, Risk.UNANSWERED);
        for (Threshold t : Threshold.values()) {
            for (Risk r : Risk.values()) {
                boolean urgentEnough = r == Risk.HIGH || r == Risk.MEDIUM && t != Threshold.HIGH
                        || r == Risk.UNANSWERED && t == Threshold.UNANSWERED;
                assertThat(t.reachedBy(r)).as(t + " reached by " + r).isEqualTo(urgentEnough);
            }
        }
        assertThatThrownBy(() -> Gate.failOn(null)).isInstanceOf(NullPointerException.class).hasMessage("threshold");
    }

    @Test
    void againstABaselineOnlyNewOrWorseFindingsCount() {
        Comparison same = sample.compareWith(Baseline.of(sample));
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(same).passed()).isTrue();
        assertThat(Gate.failOn(Threshold.HIGH).evaluate(same).summary()).contains("new or worse than the baseline");
    }
}
