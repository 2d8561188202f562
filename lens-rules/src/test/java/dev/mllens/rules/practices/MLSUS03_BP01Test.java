package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.PipelineTrigger;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.ProcessingCompute;
import org.junit.jupiter.api.Test;

class MLSUS03_BP01Test {

    private static final String ID = "MLSUS03-BP01";

    private static Pipelines.Builder pipelines(ProcessingCompute compute) {
        return Pipelines.builder().dataProcessingCompute(compute).dataPipelineTrigger(PipelineTrigger.EVENT_DRIVEN)
                .tempArtifactCleanup(true);
    }

    private static CostControls idle(int count) {
        return CostControls.builder().idleResourceCount(count).build();
    }

    @Test
    void metWithServerlessEventDrivenPipelinesAndNothingIdle() {
        Finding f = assertStatus(ID, workload().pipelines(pipelines(ProcessingCompute.SERVERLESS).build())
                .cost(idle(0)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.dataProcessingCompute = SERVERLESS");
    }

    @Test
    void notMetOnAlwaysOnClusterWithIdleResources() {
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.ALWAYS_ON_MANAGED_CLUSTER).dataPipelineTrigger(PipelineTrigger.SCHEDULED).build())
                .cost(idle(3)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("data processing runs on compute that stays up between runs (ALWAYS_ON_MANAGED_CLUSTER)",
                "3 idle ML resources (notebooks, clusters, endpoints) were found");
    }

    @Test
    void partiallyMetWhenManagedJobsRunOnASchedule() {
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.MANAGED_JOBS).dataPipelineTrigger(PipelineTrigger.SCHEDULED).build())
                .cost(idle(0)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("data-arrival events");
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false").contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("pipelines.dataProcessingCompute", "cost.idleResourceCount");
    }
}
