package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.PipelineTrigger;
import dev.mllens.workload.Pipelines;
import org.junit.jupiter.api.Test;

class MLREL02_BP02Test {

    private static final String ID = "MLREL02-BP02";

    private static Pipelines.Builder automated() {
        return Pipelines.builder().dataPipelineAutomated(true).dataPipelineTrigger(PipelineTrigger.EVENT_DRIVEN)
                .dataPipelineErrorHandling(true).codeVersioned(true).dataPrepExportedToPipeline(true);
    }

    @Test
    void metForTriggeredFaultTolerantVersionedPipeline() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.dataPipelineTrigger = EVENT_DRIVEN");
    }

    @Test
    void notMetWhenDataIsPreparedByHand() {
        Finding f = assertStatus(ID, workload().pipelines(automated().dataPipelineAutomated(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("data is moved and prepared by hand or by one-off scripts, not by an orchestrated pipeline");
    }

    @Test
    void partiallyMetWhenPipelineIsStartedByHandWithoutErrorHandling() {
        Finding f = assertStatus(ID, workload().pipelines(automated().dataPipelineTrigger(PipelineTrigger.MANUAL)
                .dataPipelineErrorHandling(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("data pipelines are started by hand rather than on a schedule or an event",
                "data pipelines do not retry, log and notify when a step fails");
    }

    @Test
    void partiallyMetWhenInteractivePreparationStaysOutsideThePipeline() {
        Finding f = assertStatus(ID, workload().pipelines(automated().dataPrepExportedToPipeline(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "data preparation built interactively stays outside the production pipeline and is repeated by hand");
    }

    @Test
    void notApplicableWhenOnlyAManagedAiServiceIsCalled() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }

    @Test
    void insufficientEvidenceWhenPipelineNotDescribed() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("pipelines.dataPipelineAutomated", "pipelines.codeVersioned");
    }
}
