package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.CostDimension;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST06_BP01Test {

    private static final String ID = "MLCOST06-BP01";

    private static CostControls.Builder tracked() {
        return CostControls.builder().costAttribution(CostDimension.ML_ACTIVITY, CostDimension.ENVIRONMENT, CostDimension.PROJECT)
                .taggingCompliancePct(98.0).tagsEnforced(true).budgetAlerts(true).idleResourceCount(0).anomalyDetection(true);
    }

    private static Workload.Builder with(CostControls cost) {
        return workload().cost(cost).environment(Environment.builder().idleShutdown(true).build());
    }

    @Test
    void metWhenCostTaggedByActivityAndControlled() {
        Finding f = assertStatus(ID, with(tracked().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("cost.taggingCompliancePct = 98.0");
    }

    @Test
    void notMetWithoutActivityBreakdown() {
        Finding f = assertStatus(ID, with(tracked().costAttribution(CostDimension.PROJECT, CostDimension.ENVIRONMENT).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "ML spend is not broken down by activity (experimentation, training, hosting), so the costly phase cannot be found");
    }

    @Test
    void partiallyMetWithPoorTaggingAndIdleResources() {
        Finding f = assertStatus(ID, with(tracked().taggingCompliancePct(60.0).idleResourceCount(3).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("only 60% of ML resources carry the required cost allocation tags (95% expected)",
                "3 idle ML resources (endpoints, notebooks, clusters) keep incurring cost");
    }

    @Test
    void partiallyMetNamesBothIdleResourcesAndMissingShutdown() {
        Finding f = assertStatus(ID, workload().cost(tracked().idleResourceCount(2).build())
                .environment(Environment.builder().idleShutdown(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("2 idle ML resources (endpoints, notebooks, clusters) keep incurring cost,"
                + " and idle notebooks and development compute are not shut down automatically");
        assertThat(f.actions()).singleElement().asString().contains("stop idle notebooks automatically");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("cost.costAttribution", "cost.idleResourceCount",
                "environment.idleShutdown");
    }
}
