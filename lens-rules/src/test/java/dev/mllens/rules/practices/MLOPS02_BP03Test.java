package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Governance;
import dev.mllens.workload.HpoMethod;
import dev.mllens.workload.ImprovementLever;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLOPS02_BP03Test {

    private static final String ID = "MLOPS02-BP03";

    private static Training.Builder systematic() {
        return Training.builder().baselineModel(true).experimentTracking(true)
                .alternativesExplored(ImprovementLever.FEATURE_ENGINEERING, ImprovementLever.ENSEMBLES)
                .hpoMethod(HpoMethod.BAYESIAN);
    }

    private static Governance planned(boolean plan) {
        return Governance.builder().improvementPlan(plan).build();
    }

    @Test
    void metWithPlanBaselineTrackingAndTuning() {
        Finding f = assertStatus(ID, workload().governance(planned(true)).training(systematic().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoMethod = BAYESIAN");
    }

    @Test
    void partiallyMetWithManualTuning() {
        Finding f = assertStatus(ID, workload().governance(planned(true))
                .training(systematic().hpoMethod(HpoMethod.MANUAL).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("hyperparameters are tuned by hand or not at all");
        assertThat(f.actions()).singleElement().asString().contains("automated search");
    }

    @Test
    void notMetWithoutPlanBaselineOrTracking() {
        Finding f = assertStatus(ID, workload().governance(planned(false))
                .training(systematic().baselineModel(false).experimentTracking(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no simple baseline model was trained and recorded as the benchmark");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("governance.improvementPlan",
                "training.baselineModel", "training.experimentTracking");
    }

    @Test
    void notApplicableWhenOnlyManagedAndFoundationModelsAreUsed() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build(),
                        Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is", "the workload trains no model of its own");
    }

    @Test
    void applicableWhenOneModelIsTrainedByTheTeam() {
        Finding f = assertStatus(ID, workload().governance(planned(true)).training(systematic().build())
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build(),
                        Model.builder("ranker").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoMethod = BAYESIAN");
    }

    @Test
    void applicableWhenTrainingDataIsDeclaredNextToAPretrainedModel() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("vision").source(ModelSource.PRETRAINED_AS_IS).build())
                .dataset(Dataset.builder("labels").usage(DatasetUsage.TRAINING).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("governance.improvementPlan", "training.baselineModel");
    }
}
