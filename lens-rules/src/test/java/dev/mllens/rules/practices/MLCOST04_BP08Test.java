package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Pipelines;
import org.junit.jupiter.api.Test;

class MLCOST04_BP08Test {

    private static final String ID = "MLCOST04-BP08";

    private static CostControls.Builder clean() {
        return CostControls.builder().idleResourceCount(0).budgetAlerts(true);
    }

    private static Pipelines cleanup() {
        return Pipelines.builder().tempArtifactCleanup(true).build();
    }

    @Test
    void metWhenIdleComputeStopsAndNothingIsLeftRunning() {
        Finding f = assertStatus(ID, workload().environment(Environment.builder().idleShutdown(true).build())
                .cost(clean().build()).pipelines(cleanup()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("cost.idleResourceCount = 0");
    }

    @Test
    void notMetWhenNoShutdownAndIdleResourcesRun() {
        Finding f = assertStatus(ID, workload().environment(Environment.builder().idleShutdown(false).build())
                .cost(clean().idleResourceCount(4).build()).pipelines(cleanup()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("4 idle ML resources (endpoints, notebooks, clusters) are left running");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void partiallyMetWhenShutdownConfiguredButIdleResourcesFound() {
        Finding f = assertStatus(ID, workload().environment(Environment.builder().idleShutdown(true).build())
                .cost(clean().idleResourceCount(2).build()).pipelines(cleanup()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("working hours");
    }

    @Test
    void partiallyMetWithoutBillingAlarms() {
        Finding f = assertStatus(ID, workload().environment(Environment.builder().idleShutdown(true).build())
                .cost(clean().budgetAlerts(false).build()).pipelines(cleanup()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("billing alarms");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactlyInAnyOrder("environment.idleShutdown",
                "cost.idleResourceCount", "cost.budgetAlerts", "pipelines.tempArtifactCleanup");
    }
}
