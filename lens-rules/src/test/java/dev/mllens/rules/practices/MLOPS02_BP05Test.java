package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Criticality;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import org.junit.jupiter.api.Test;

class MLOPS02_BP05Test {

    private static final String ID = "MLOPS02-BP05";

    private static Monitoring.Builder watched() {
        return Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).alerting(Alerting.STATIC).humanReviewLoop(true);
    }

    private static Governance.Builder reviewed(Cadence cadence) {
        return Governance.builder().learningsShared(true).reviewCadence(ReviewTopic.PERFORMANCE_FEEDBACK, cadence);
    }

    private static Workload.Builder base(Context context, Monitoring monitoring, Governance governance) {
        return workload().context(context).monitoring(monitoring).governance(governance)
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build());
    }

    private static Context sensitive() {
        return Context.builder().inferenceMode(InferenceMode.REAL_TIME).affectsIndividuals(true).build();
    }

    @Test
    void metWithMonitoringRetrainingHumanReviewAndMonthlyReviews() {
        Finding f = assertStatus(ID, base(sensitive(), watched().build(), reviewed(Cadence.MONTHLY).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.humanReviewLoop = true");
    }

    @Test
    void humanReviewNotRequiredForAnInternalLowCriticalityBatchModel() {
        Finding f = assertStatus(ID, base(Context.builder().inferenceMode(InferenceMode.BATCH).affectsIndividuals(false)
                .criticality(Criticality.LOW).build(), watched().humanReviewLoop(false).build(),
                reviewed(Cadence.MONTHLY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring.humanReviewLoop"));
    }

    @Test
    void insufficientEvidenceWithoutHumanReviewWhenSensitivityIsNotStated() {
        Finding f = assertStatus(ID, base(Context.builder().inferenceMode(InferenceMode.BATCH).build(),
                watched().humanReviewLoop(false).build(), reviewed(Cadence.MONTHLY).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.affectsIndividuals", "context.criticality");
    }

    @Test
    void retrainingNotAskedWhenEveryModelIsUsedAsIs() {
        Finding f = assertStatus(ID, workload().context(sensitive()).monitoring(watched().build())
                .governance(reviewed(Cadence.MONTHLY).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("pipelines.retrainTriggers"));
    }

    @Test
    void partiallyMetWhenSensitivePredictionsGetNoHumanReview() {
        Finding f = assertStatus(ID, base(sensitive(), watched().humanReviewLoop(false).build(),
                reviewed(Cadence.MONTHLY).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "low-confidence predictions of a sensitive or critical workload are not reviewed by people");
    }

    @Test
    void notMetWithoutMonitorsOrRecurringReviews() {
        Finding f = assertStatus(ID, base(sensitive(), watched().monitorTypes().build(),
                reviewed(Cadence.AD_HOC).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no data or model quality monitor watches the model in production",
                "production feedback is not reviewed with the stakeholders on a recurring schedule");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.monitorTypes",
                "governance.reviewCadence[PERFORMANCE_FEEDBACK]", "governance.learningsShared");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void automatedRetrainingAsksWhereTheModelComesFromWhenItMayNotBeTheTeams() {
        Finding f = RuleTesting.finding(ID, workload().endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).build())
                .model(Model.builder("scorer").build())
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.MANUAL).build()).build());
        assertThat(f.gapTexts()).contains("retraining is not started by drift alarms or newly labelled data");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("models[scorer].source");
    }
}
