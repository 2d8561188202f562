package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.CostDimension;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST06_BP02Test {

    private static final String ID = "MLCOST06-BP02";

    private static Workload.Builder deployed(boolean kpis, boolean tracked, Cadence roiReview) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .businessGoal(BusinessGoal.builder().kpisDefined(Attestation.of(kpis)).kpiBaselineMeasured(Attestation.of(true)).build())
                .monitoring(Monitoring.builder().businessKpiTracked(tracked).build())
                .cost(CostControls.builder().costAttribution(CostDimension.MODEL).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.ROI, roiReview).build());
    }

    @Test
    void metWhenValueTrackedAgainstModelCostAndReviewed() {
        Finding f = assertStatus(ID, deployed(true, true, Cadence.QUARTERLY).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.businessKpiTracked = true");
    }

    @Test
    void notMetWithoutKpisOrOutcomeTracking() {
        Finding f = assertStatus(ID, deployed(false, false, Cadence.QUARTERLY).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).hasSize(2);
        assertThat(f.actions()).anyMatch(a -> a.contains("measurable KPIs"));
    }

    @Test
    void partiallyMetWhenRoiMeasuredOnlyOnce() {
        Finding f = assertStatus(ID, deployed(true, true, Cadence.AD_HOC).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the models' return on investment is not reviewed with business stakeholders on a recurring schedule");
    }

    @Test
    void notApplicableWhenNotDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("businessGoal.kpisDefined", "monitoring.businessKpiTracked");
    }
}
