package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.CostDimension;
import dev.mllens.workload.Governance;
import dev.mllens.workload.ReviewTopic;
import org.junit.jupiter.api.Test;

class MLCOST04_BP12Test {

    private static final String ID = "MLCOST04-BP12";

    private static CostControls.Builder tracked() {
        return CostControls.builder().budgetAlerts(true).taggingCompliancePct(97.0)
                .costAttribution(CostDimension.PROJECT, CostDimension.ENVIRONMENT, CostDimension.BUSINESS_UNIT)
                .anomalyDetection(true);
    }

    private static Governance monthly() {
        return Governance.builder().reviewCadence(ReviewTopic.COST, Cadence.MONTHLY).build();
    }

    @Test
    void metWhenBudgetsTagsReportsAnomaliesAndReviewsAreInPlace() {
        Finding f = assertStatus(ID, workload().cost(tracked().build()).governance(monthly()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("governance.reviewCadence[COST] = MONTHLY");
    }

    @Test
    void notMetWithoutBudgetsAndWithFewTags() {
        Finding f = assertStatus(ID, workload().cost(tracked().budgetAlerts(false).taggingCompliancePct(40.0).build())
                .governance(monthly()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("fewer than 95 percent of ML resources carry the required cost tags");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void partiallyMetWhenCostIsNotSplitByEnvironment() {
        Finding f = assertStatus(ID, workload().cost(tracked().costAttribution(CostDimension.PROJECT).build())
                .governance(monthly()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("ML cost cannot be broken down by both project and environment");
    }

    @Test
    void partiallyMetWhenCostsReviewedOnlyAdHoc() {
        Finding f = assertStatus(ID, workload().cost(tracked().build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.COST, Cadence.AD_HOC).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("cost reviews");
    }

    @Test
    void insufficientEvidenceWhenReviewCadenceNotStated() {
        Finding f = assertStatus(ID, workload().cost(tracked().build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("governance.reviewCadence[COST]");
    }
}
