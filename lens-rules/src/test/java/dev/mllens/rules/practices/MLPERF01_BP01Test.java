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
                .errorToleranceDefined(Attestation.of(true)).kpiBaselineMeasured(Attestation.of(true));
    }

    @Test
    void metWhenKpisToleranceBaselineAndTrackingAreInPlace() {
        Finding f = assertStatus(ID, workload().businessGoal(goal().build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.MET);
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
        assertThat(f.gaps()).containsExactly("the KPIs were not measured on the current process before ML, so its impact cannot be shown");
    }

    @Test
    void notMetWithoutKpisOrTolerance() {
        Finding f = assertStatus(ID, workload().businessGoal(BusinessGoal.builder().kpisDefined(Attestation.of(false))
                .errorToleranceDefined(Attestation.of(false)).kpiBaselineMeasured(Attestation.of(true)).build())
                .monitoring(Monitoring.builder().businessKpiTracked(true).build()).build(), Status.NOT_MET);
        assertThat(f.actions()).first().asString().startsWith("Estimate in numbers");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("businessGoal.kpisDefined", "monitoring.businessKpiTracked");
    }
}
