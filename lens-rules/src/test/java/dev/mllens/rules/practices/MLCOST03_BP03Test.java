package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.ProcessingCompute;
import org.junit.jupiter.api.Test;

class MLCOST03_BP03Test {

    private static final String ID = "MLCOST03-BP03";

    private static Pipelines.Builder processing(ProcessingCompute compute) {
        return Pipelines.builder().dataProcessingCompute(compute).dataPipelineAutomated(true).dataValidationGate(true);
    }

    @Test
    void metWithManagedJobsInAValidatedPipeline() {
        Finding f = assertStatus(ID, workload().pipelines(processing(ProcessingCompute.MANAGED_JOBS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.dataProcessingCompute = MANAGED_JOBS");
    }

    @Test
    void notMetOnSelfManagedCluster() {
        Finding f = assertStatus(ID, workload().pipelines(processing(ProcessingCompute.SELF_MANAGED_CLUSTER).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("data processing runs on a self-managed cluster instead of managed processing jobs");
    }

    @Test
    void partiallyMetOnAlwaysOnManagedCluster() {
        Finding f = assertStatus(ID, workload().pipelines(processing(ProcessingCompute.ALWAYS_ON_MANAGED_CLUSTER)
                .dataValidationGate(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("data processing runs on an always-on managed cluster that is billed between jobs",
                "processed data is not validated before it is used for training");
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceWhenComputeNotStated() {
        Finding f = assertStatus(ID, workload().pipelines(processing(null).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("pipelines.dataProcessingCompute", "context.ownDataProcessing");
    }
}
