package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS03_BP02Test {

    private static final String ID = "MLOPS03-BP02";

    private static Model.Builder registered(String id) {
        return Model.builder(id).source(ModelSource.BUILT_IN_ALGORITHM).registered(true).modelCard(true);
    }

    private static Workload.Builder base(boolean experimentTracking, Model... models) {
        return workload().training(Training.builder().experimentTracking(experimentTracking).build())
                .pipelines(Pipelines.builder().codeVersioned(true).cicdForModels(true).build())
                .dataset(Dataset.builder("claims").usage(DatasetUsage.TRAINING, DatasetUsage.TEST).versioned(true).build())
                .model(models);
    }

    @Test
    void metWhenExperimentsCodeDataAndModelsAreVersioned() {
        Finding f = assertStatus(ID, base(true, registered("triage").build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[triage].registered = true");
    }

    @Test
    void partiallyMetWhenAModelHasNoCard() {
        Finding f = assertStatus(ID, base(true, registered("triage").build(),
                registered("fraud").modelCard(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("model 'fraud' has no model card");
    }

    @Test
    void notMetWithoutExperimentTrackingOrRegistry() {
        Finding f = assertStatus(ID, base(false, registered("triage").registered(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("versions of model 'triage' are not kept in a model registry");
    }

    @Test
    void insufficientEvidenceWhenNoModelIsDeclared() {
        Finding f = assertStatus(ID, base(true).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }

    @Test
    void noExperimentsRegistryOrModelCardAskedForAFoundationModelApi() {
        // model cards are written "for each model version in your registry"; a provider's model is in none
        Finding f = assertStatus(ID, workload().pipelines(Pipelines.builder().codeVersioned(true).cicdForModels(true).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).modelCard(false).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.codeVersioned = true")
                .noneMatch(e -> e.startsWith("training.") || e.startsWith("models[assistant]"));
    }

    @Test
    void modelCardsAreWrittenForEachModelVersionInTheRegistryEvenForAPretrainedModelUsedAsIs() {
        Finding f = assertStatus(ID, base(true, Model.builder("vision").source(ModelSource.PRETRAINED_AS_IS).registered(true)
                .modelCard(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("model 'vision' has no model card");
    }

    @Test
    void aModelOfUnstatedSourceWithoutRegistryEntryOrCardIsAskedForItsSource() {
        Finding f = assertStatus(ID, base(true, Model.builder("fraud").registered(false).modelCard(false).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models[fraud].source");
    }

    @Test
    void experimentTrackingAsksWhereTheModelComesFromWhenTrainingIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().training(Training.builder().experimentTracking(false).build())
                .model(Model.builder("fraud").registered(true).modelCard(true).build()).build());
        assertThat(f.gapTexts()).contains("experiment runs, their inputs, parameters and results are not tracked");
        assertThat(f.missing()).extracting(Missing::fact).contains("models[fraud].source");
    }
}
