package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MLREL03_BP01Test {

    private static final String ID = "MLREL03-BP01";

    private static Pipelines.Builder automated() {
        return Pipelines.builder().cicdForModels(true).lineageTracking(true).codeVersioned(true).approvalGate(true)
                .retrainTriggers(RetrainTrigger.NEW_DATA_EVENT, RetrainTrigger.DRIFT_ALARM).infrastructureAsCode(true)
                .modelEvaluation(ModelEvaluation.AUTO_TRIGGERED);
    }

    @Test
    void metWhenBuiltReleasedRetrainedAndTraced() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).registered(true).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("pipelines.lineageTracking = true", "models[churn].registered = true");
    }

    @Test
    void notMetWithoutCiCdAndLineage() {
        Finding f = assertStatus(ID, workload().pipelines(automated().cicdForModels(false).lineageTracking(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no automatic lineage links data versions, training jobs, models and endpoints");
    }

    @Test
    void partiallyMetWhenRetrainingIsOnlyManual() {
        Finding f = assertStatus(ID, workload().pipelines(automated().retrainTriggers(RetrainTrigger.MANUAL).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("retraining is never started automatically by new data, a schedule or a drift alarm");
        assertThat(f.actions()).containsExactly("Retrain automatically on new data, on a schedule or on a drift alarm, through the same pipeline.");
    }

    @Test
    void partiallyMetWhenModelsAreNotRegisteredNorTestedAutomatically() {
        Finding f = assertStatus(ID, workload().pipelines(automated().modelEvaluation(ModelEvaluation.MANUAL).build())
                .model(Model.builder("churn").source(ModelSource.AUTOML).registered(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder(
                "versions of model 'churn' are not recorded in a model registry, so there is no known version to roll back to",
                "new model versions are not tested automatically in the pipeline (modelEvaluation = MANUAL)");
    }

    @Test
    void continuousTrainingAndRegistryNotAskedOfAWorkloadThatOnlyCallsAFoundationModel() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build())
                .pipelines(automated().retrainTriggers(Set.of()).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .noneMatch(e -> e.startsWith("pipelines.retrainTriggers") || e.startsWith("models["));
    }

    @Test
    void continuousTrainingNotAskedOfAWorkloadWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .pipelines(automated().retrainTriggers(Set.of()).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("pipelines.retrainTriggers"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("pipelines.cicdForModels", "pipelines.retrainTriggers");
    }

    @Test
    void continuousTrainingAsksWhereTheModelComesFromWhenTrainingIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().pipelines(Pipelines.builder().retrainTriggers(java.util.Set.of()).build())
                .model(Model.builder("scorer").registered(true).build()).build());
        assertThat(f.gapTexts()).contains("retraining is never started automatically by new data, a schedule or a drift alarm");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("models[scorer].source");
    }
}
