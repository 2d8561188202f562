package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL03_BP04Test {

    private static final String ID = "MLREL03-BP04";

    private static Workload.Builder credit(boolean dataAnalysed, boolean predictionsEvaluated, MonitorType monitor) {
        return workload()
                .context(Context.builder().affectsIndividuals(true).inferenceMode(InferenceMode.REAL_TIME).build())
                .dataset(Dataset.builder("applicants").usage(DatasetUsage.TRAINING).biasAnalyzed(dataAnalysed).build())
                .model(Model.builder("credit").biasEvaluated(predictionsEvaluated)
                        .biasMitigationApplied(Attestation.yes("reweighing, see model card")).build())
                .monitoring(Monitoring.builder().monitorTypes(monitor).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY)
                        .fairnessTraining(Attestation.yes("bias course 2025")).fairnessDocumented(Attestation.yes("fairness report v2"))
                        .build());
    }

    @Test
    void metWhenBiasMeasuredMitigatedMonitoredAndReviewed() {
        Finding f = assertStatus(ID, credit(true, true, MonitorType.BIAS_DRIFT).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[applicants].biasAnalyzed = true");
    }

    @Test
    void notMetWhenBiasIsNeverMeasured() {
        Finding f = assertStatus(ID, credit(false, false, MonitorType.BIAS_DRIFT).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no bias metrics were computed on the predictions of model 'credit'");
    }

    @Test
    void partiallyMetWhenBiasIsNotWatchedInProduction() {
        Finding f = assertStatus(ID, credit(true, true, MonitorType.DATA_QUALITY).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no monitor tracks bias drift on production predictions");
    }

    @Test
    void partiallyMetWithoutBiasTrainingOrFairnessReports() {
        Finding f = assertStatus(ID, credit(true, true, MonitorType.BIAS_DRIFT)
                .governance(Governance.builder().reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY)
                        .fairnessTraining(Attestation.of(false)).fairnessDocumented(Attestation.of(false)).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder(
                "the team has had no training on the kinds of bias and where they enter the ML lifecycle",
                "no fairness and explainability report records the bias findings and decisions for risk and compliance");
    }

    @Test
    void insufficientEvidenceAsksForTrainingDataOfACustomModel() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().affectsIndividuals(true).inferenceMode(InferenceMode.REAL_TIME).build())
                .model(Model.builder("credit").source(ModelSource.CUSTOM_FROM_SCRATCH).biasEvaluated(true)
                        .biasMitigationApplied(Attestation.of(true)).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.BIAS_DRIFT).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY)
                        .fairnessTraining(Attestation.of(true)).fairnessDocumented(Attestation.of(true)).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets");
    }

    @Test
    void trainingDataNotAskedWhenTheModelIsAFoundationModelApi() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().affectsIndividuals(true).inferenceMode(InferenceMode.REAL_TIME).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).biasEvaluated(true)
                        .biasMitigationApplied(Attestation.of(true)).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.BIAS_DRIFT).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY)
                        .fairnessTraining(Attestation.of(true)).fairnessDocumented(Attestation.of(true)).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("datasets"));
    }

    @Test
    void notApplicableWhenPredictionsDoNotAffectPeople() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.affectsIndividuals = false").contains("the predictions do not affect decisions about people");
    }

    @Test
    void insufficientEvidenceAsksWhetherPeopleAreAffected() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.affectsIndividuals");
    }

    @Test
    void productionBiasMonitoringAsksTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().context(Context.builder().affectsIndividuals(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build()).build());
        assertThat(f.gapTexts()).contains("no monitor tracks bias drift on production predictions");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
