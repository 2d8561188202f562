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
                .tempArtifactCleanup(true).dataProcessingUtilizationMonitored(true);
    }

    @Test
    void metWithServerlessEventDrivenPipelinesWhoseUtilizationIsWatched() {
        Finding f = assertStatus(ID, workload().pipelines(pipelines(ProcessingCompute.SERVERLESS).build())
                .cost(CostControls.builder().idleResourceCount(2).build()).build(), Status.MET);
        // idle notebooks or endpoints elsewhere are the cost practices' concern, not the data pipeline's
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("cost.idleResourceCount");
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.dataProcessingCompute = SERVERLESS");
    }

    @Test
    void notMetOnAnAlwaysOnClusterWhoseUtilizationIsNotWatched() {
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.ALWAYS_ON_MANAGED_CLUSTER).dataPipelineTrigger(PipelineTrigger.SCHEDULED)
                        .dataProcessingUtilizationMonitored(false).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("data processing runs on compute that stays up between runs (ALWAYS_ON_MANAGED_CLUSTER)"
                + " although the data does not arrive as a continuous stream (SCHEDULED)",
                "utilization, run time and idle time of data processing jobs are not monitored, so idle capacity goes unseen");
    }

    @Test
    void partiallyMetWhenManagedJobsRunOnASchedule() {
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.MANAGED_JOBS).dataPipelineTrigger(PipelineTrigger.SCHEDULED).build())
                .build(), Status.PARTIALLY_MET);
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
        assertThat(f.missing()).extracting(m -> m.fact()).contains("pipelines.dataProcessingCompute", "pipelines.dataProcessingUtilizationMonitored");
    }

    @Test
    void alwaysOnComputeFitsAContinuousStreamAsAWorkloadRequirement() {
        // the anti-pattern is compute that runs 24/7 "regardless of workload requirements"
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.ALWAYS_ON_MANAGED_CLUSTER).dataPipelineTrigger(PipelineTrigger.STREAMING).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.dataPipelineTrigger = STREAMING");
    }

    @Test
    void alwaysOnComputeAsksHowTheDataArrives() {
        Finding f = assertStatus(ID, workload()
                .pipelines(pipelines(ProcessingCompute.SELF_MANAGED_CLUSTER).dataPipelineTrigger(null).build())
                .context(Context.builder().ownDataProcessing(true).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("pipelines.dataPipelineTrigger");
    }
}
