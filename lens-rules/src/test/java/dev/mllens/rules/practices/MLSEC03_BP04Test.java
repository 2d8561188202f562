package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLSEC03_BP04Test {

    private static final String ID = "MLSEC03-BP04";

    private static Pipelines.Builder tracked() {
        return Pipelines.builder().lineageTracking(true).codeVersioned(true).infrastructureAsCode(true);
    }

    private static Dataset.Builder traced(String id) {
        return Dataset.builder(id).provenanceRecorded(true).integrityChecks(true);
    }

    @Test
    void metWhenLineageProvenanceIntegrityAndTraceabilityInPlace() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().build()).dataset(traced("tx").build())
                .training(Training.builder().experimentTracking(true).build())
                .model(Model.builder("fraud").traceableToData(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[fraud].traceableToData = true");
    }

    @Test
    void notMetWhenNothingRecordsLineage() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().lineageTracking(false).build())
                .dataset(traced("tx").provenanceRecorded(false).build())
                .training(Training.builder().experimentTracking(true).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("source and transformation history of dataset 'tx' is not recorded");
    }

    @Test
    void partiallyMetWithoutIntegrityChecksOrModelTraceability() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().build())
                .dataset(traced("tx").build(), traced("labels").integrityChecks(false).build())
                .training(Training.builder().experimentTracking(true).build())
                .model(Model.builder("fraud").traceableToData(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no integrity checks run when dataset 'labels' changes",
                "model 'fraud' is not linked to the data versions and code it was built from");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().build())
                .training(Training.builder().experimentTracking(true).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets");
    }

    @Test
    void foundationModelWorkloadIsJudgedOnItsPipelinesOnly() {
        // no data of its own and a model used as is: neither datasets nor the model's data links are asked for
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .pipelines(tracked().build()).training(Training.builder().experimentTracking(true).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).contains("pipelines.lineageTracking")
                .doesNotContain("datasets", "models[llm].traceableToData");
    }

    @Test
    void aWorkloadThatTrainsNothingIsNotAskedToTrackTrainingRuns() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).generativeAi(false).build())
                .pipelines(tracked().build()).training(Training.builder().experimentTracking(false).build())
                .model(Model.builder("vision").source(ModelSource.MANAGED_AI_SERVICE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("training.experimentTracking");
    }

    @Test
    void inputVariationsUsedWithFoundationModelsAreTracked() {
        // step 9 "track model input variations": prompts are part of the lineage of a generative workload
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).generativeAi(true).build())
                .pipelines(tracked().build()).training(Training.builder().experimentTracking(false).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the prompts and input variations used with the foundation models are not tracked");
        assertThat(f.actions()).singleElement().asString().contains("input variations");
    }
}
