package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import org.junit.jupiter.api.Test;

class MLPERF01_BP01Test {

    private static final String ID = "MLPERF01-BP01";

    private static BusinessGoal.Builder goal() {
        return BusinessGoal.builder().kpisDefined(Attestation.yes("KPI sheet v2"))
                .errorToleranceDefined(Attestation.of(true)).kpiBaselineMeasured(Attestation.of(true))
                .costBenefitModel(Attestation.of(true));
    }

    @Test
    void metWhenKpisToleranceBaselineAndTrackingAreInPlace() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("businessGoal.kpisDefined = attested yes (KPI sheet v2)", "monitoring.businessKpiTracked = true");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void metBeforeDeploymentWithoutLiveTracking() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().build())
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring."));
    }

    @Test
    void partiallyMetWithoutBaseline() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().kpiBaselineMeasured(Attestation.of(false)).build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the KPIs were not measured on the current process before ML, so its impact cannot be shown");
    }

    @Test
    void partiallyMetWhenTheValueOfMlIsNotQuantified() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().costBenefitModel(Attestation.of(false)).build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("not estimated in numbers");
        assertThat(f.actions()).singleElement().asString().startsWith("Estimate in numbers");
    }

    @Test
    void notMetWithoutKpisOrTolerance() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().kpisDefined(Attestation.of(false))
                .errorToleranceDefined(Attestation.of(false)).build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no measurable business KPIs tie the ML use case to business value");
        assertThat(f.actions()).first().asString().startsWith("Rank the expected impacts");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("businessGoal.kpisDefined", "monitoring.businessKpiTracked");
    }

    @Test
    void kpisTrackedInProductionAreJudgedAsIfDeployedAndAskHowPredictionsAreServedWhileThatIsUndecided() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().build())
                .monitoring(Monitoring.builder().businessKpiTracked(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("business KPI values are not collected and shown next to the model's metrics");
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.inferenceMode");
    }
}
