package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.ExplainabilityMethod;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS02_BP06Test {

    private static final String ID = "MLOPS02-BP06";

    private static Governance.Builder governed() {
        return Governance.builder().ethicalAssessment(true).biasGovernanceProcess(true).fairnessTraining(true)
                .fairnessDocumented(true);
    }

    private static Model.Builder fairModel() {
        return Model.builder("loan").biasEvaluated(true).explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION);
    }

    private static Workload.Builder base(Boolean affectsIndividuals, Governance governance, Model model, Dataset dataset) {
        return workload()
                .context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).affectsIndividuals(affectsIndividuals).build())
                .governance(governance).model(model).dataset(dataset)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY, MonitorType.BIAS_DRIFT).build());
    }

    private static Dataset applications(Boolean biasAnalyzed) {
        return Dataset.builder("applications").usage(DatasetUsage.TRAINING).biasAnalyzed(biasAnalyzed).build();
    }

    @Test
    void metWhenBiasIsMeasuredMonitoredAndPredictionsExplained() {
        Finding f = assertStatus(ID, base(true, governed().build(), fairModel().build(), applications(true)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("datasets[applications].biasAnalyzed = true", "models[loan].biasEvaluated = true");
    }

    @Test
    void biasChecksLeftOutWhenPredictionsAffectNoIndividuals() {
        Finding f = assertStatus(ID, base(false, governed().biasGovernanceProcess(false).build(),
                fairModel().biasEvaluated(false).build(), applications(false)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[loan].explainabilityMethod = FEATURE_ATTRIBUTION")
                .noneMatch(e -> e.contains("bias"));
    }

    @Test
    void explainabilityStillRequiredWhenPredictionsAffectNoIndividuals() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(false).build())
                .businessGoal(BusinessGoal.builder().explainabilityLevel(ExplainabilityLevel.MEDIUM).build())
                .governance(governed().build()).model(fairModel().explainabilityMethod(ExplainabilityMethod.NONE).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "predictions of model 'loan' are not explained (no interpretable model or feature attributions)");
    }

    @Test
    void partiallyMetWhenBiasIsNotMonitoredInProduction() {
        Finding f = assertStatus(ID, base(true, governed().build(), fairModel().build(), applications(true))
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("fairness metrics of the deployed model are not monitored for drift");
    }

    @Test
    void notMetWhenNothingWasAssessedMeasuredOrExplained() {
        Finding f = assertStatus(ID, base(true, governed().ethicalAssessment(false).build(),
                fairModel().biasEvaluated(false).explainabilityMethod(ExplainabilityMethod.NONE).build(),
                applications(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("pre-training bias metrics were not computed on dataset 'applications'",
                "fairness metrics were not computed on model 'loan'");
    }

    @Test
    void insufficientEvidenceAsksWhetherPredictionsAffectIndividuals() {
        Finding f = assertStatus(ID, base(null, governed().build(), fairModel().biasEvaluated(false).build(),
                applications(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsOnly("context.affectsIndividuals");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("governance.ethicalAssessment", "models");
    }

    @Test
    void fairnessDriftMonitoringAsksTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().context(Context.builder().affectsIndividuals(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build()).build());
        assertThat(f.gapTexts()).contains("fairness metrics of the deployed model are not monitored for drift");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
