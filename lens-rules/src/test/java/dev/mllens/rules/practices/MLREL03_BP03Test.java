package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL03_BP03Test {

    private static final String ID = "MLREL03-BP03";

    private static Model.Builder validated() {
        return Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).crossValidation(true)
                .validationDataRepresentative(Attestation.yes("validation-criteria.md"))
                .segmentEvaluation(Attestation.yes("per-region report"));
    }

    private static Workload.Builder watched(Model m, Cadence revalidation) {
        return workload().model(m)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY)
                        .baselineStatistics(true).alerting(Alerting.STATIC).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.MODEL_REVALIDATION, revalidation).build());
    }

    @Test
    void metWhenRepresentativeSegmentedCrossValidatedAndWatched() {
        Finding f = assertStatus(ID, watched(validated().build(), Cadence.QUARTERLY).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("governance.reviewCadence[MODEL_REVALIDATION] = QUARTERLY");
    }

    @Test
    void metForFoundationModelWithoutCrossValidation() {
        Model fm = Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API)
                .validationDataRepresentative(Attestation.of(true)).segmentEvaluation(Attestation.of(true)).build();
        Finding f = assertStatus(ID, watched(fm, Cadence.MONTHLY).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[assistant].validationDataRepresentative = attested yes")
                .noneMatch(e -> e.startsWith("models[assistant].crossValidation"));
    }

    @Test
    void productionChecksWaitUntilSomethingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .model(validated().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .noneMatch(e -> e.startsWith("monitoring.") || e.startsWith("governance."));
    }

    @Test
    void notMetWhenValidationDataIsNotRepresentativeNorSegmented() {
        Finding f = assertStatus(ID, watched(validated().validationDataRepresentative(Attestation.no("synthetic only"))
                .segmentEvaluation(Attestation.of(false)).build(), Cadence.QUARTERLY).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no written criteria show that the validation data of model 'churn' represents production");
    }

    @Test
    void partiallyMetWhenRevalidationIsAdHoc() {
        Finding f = assertStatus(ID, watched(validated().build(), Cadence.AD_HOC).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("deployed models are not revalidated on fresh data on a fixed cadence (AD_HOC)");
    }

    @Test
    void insufficientEvidenceAsksToDeclareModels() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("models", "governance.reviewCadence[MODEL_REVALIDATION]");
    }

    @Test
    void modelMonitorAlertsOnDeviationsInModelQuality() {
        Finding f = assertStatus(ID, watched(validated().build(), Cadence.QUARTERLY)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY)
                        .baselineStatistics(true).alerting(Alerting.NONE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("deviations found by the production monitors raise no alert");
        assertThat(f.actions()).singleElement().asString().startsWith("Run production monitors for data and model quality");
    }

    @Test
    void modelQualityOfDeployedModelsIsMonitored() {
        Finding f = assertStatus(ID, watched(validated().build(), Cadence.QUARTERLY)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).baselineStatistics(true)
                        .alerting(Alerting.DYNAMIC).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no model-quality monitor evaluates the deployed models on production data");
    }

    @Test
    void crossValidationOfAModelOfUnstatedSourceAsksForItsSource() {
        // a model used as is was not trained by the team, so its missing cross-validation is no gap
        Model m = validated().source(null).crossValidation(false).build();
        Finding f = assertStatus(ID, watched(m, Cadence.QUARTERLY).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(x -> x.fact()).containsExactly("models[churn].source");
    }

    @Test
    void productionMonitoringAsksTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().model(validated().build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY)
                        .baselineStatistics(true).alerting(Alerting.NONE).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.MODEL_REVALIDATION, Cadence.QUARTERLY).build()).build());
        assertThat(f.gapTexts()).containsExactly("deviations found by the production monitors raise no alert");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
