package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.CostDimension;
import dev.mllens.workload.Governance;
import dev.mllens.workload.ProjectType;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST01_BP01Test {

    private static final String ID = "MLCOST01-BP01";

    private static Workload.Builder complete(boolean costBenefitModel, Cadence roiReview) {
        return workload()
                .businessGoal(BusinessGoal.builder().projectType(ProjectType.DEVELOPMENT).kpisDefined(Attestation.of(true))
                        .costBenefitModel(Attestation.of(costBenefitModel)).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.ROI, roiReview).build())
                .cost(CostControls.builder().costAttribution(CostDimension.PROJECT, CostDimension.BUSINESS_UNIT)
                        .budgetAlerts(true).anomalyDetection(true).build());
    }

    @Test
    void metWhenReturnModelledTrackedAndReassessed() {
        Finding f = assertStatus(ID, complete(true, Cadence.QUARTERLY).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("businessGoal.projectType = DEVELOPMENT");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWithoutCostBenefitModel() {
        Finding f = assertStatus(ID, complete(false, Cadence.QUARTERLY).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "no cost-benefit model weighs the expected return of the ML initiative against its build and running cost");
        assertThat(f.actions()).hasSize(1).first().asString().contains("cost-benefit model");
    }

    @Test
    void partiallyMetWhenModelledOnceAndNeverReassessed() {
        Finding f = assertStatus(ID, complete(true, Cadence.AD_HOC).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("not reassessed on a recurring schedule"));
    }

    @Test
    void partiallyMetWithoutAgreedObjectives() {
        Finding f = assertStatus(ID, complete(true, Cadence.QUARTERLY)
                .businessGoal(BusinessGoal.builder().projectType(ProjectType.RESEARCH).kpisDefined(Attestation.of(false))
                        .costBenefitModel(Attestation.of(true)).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the initiative has no agreed business objectives and expected outcomes to weigh its return against");
        assertThat(f.actions()).hasSize(1).first().asString().contains("long-horizon research or near-term development");
    }

    @Test
    void insufficientEvidenceWhenOnlyTheProjectTypeIsMissing() {
        Finding f = assertStatus(ID, complete(true, Cadence.QUARTERLY)
                .businessGoal(BusinessGoal.builder().kpisDefined(Attestation.of(true)).costBenefitModel(Attestation.of(true)).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("businessGoal.projectType");
    }

    @Test
    void partiallyMetWhenCostNotAttributedToTheProject() {
        Finding f = assertStatus(ID, complete(true, Cadence.QUARTERLY)
                .cost(CostControls.builder().costAttribution(CostDimension.ENVIRONMENT).budgetAlerts(true)
                        .anomalyDetection(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("ML spend is not attributed to the project, so its return cannot be measured",
                "unexpected increases in ML spend raise no alert: cost anomaly detection is off");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("businessGoal.costBenefitModel", "businessGoal.kpisDefined", "businessGoal.projectType",
                        "governance.reviewCadence[ROI]");
    }
}
