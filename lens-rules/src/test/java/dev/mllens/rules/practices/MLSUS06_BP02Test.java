package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import org.junit.jupiter.api.Test;

class MLSUS06_BP02Test {

    private static final String ID = "MLSUS06-BP02";

    private static final Model TRAINED = Model.builder("demand").source(ModelSource.CUSTOM_FROM_SCRATCH).build();

    private static Monitoring.Builder monitoring() {
        return Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY)
                .driftThresholdsDefined(true).baselineStatistics(true);
    }

    private static BusinessGoal tolerance() {
        return BusinessGoal.builder().errorToleranceDefined(Attestation.of(true)).build();
    }

    @Test
    void metWhenOnlyDriftAlarmsStartRetraining() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build())
                .monitoring(monitoring().build()).businessGoal(tolerance()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.retrainTriggers = [DRIFT_ALARM]");
    }

    @Test
    void notMetWhenRetrainedOnTheCalendarWithoutMonitoring() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.SCHEDULED).build())
                .monitoring(Monitoring.builder().monitorTypes().driftThresholdsDefined(false).baselineStatistics(false).build())
                .businessGoal(tolerance()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("models are retrained on a fixed schedule whatever their performance",
                "no data-quality or model-quality monitor watches the deployed model");
    }

    @Test
    void partiallyMetWhenAScheduleRunsNextToDriftAlarms() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM, RetrainTrigger.SCHEDULED).build())
                .monitoring(monitoring().build()).businessGoal(tolerance()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("models are retrained on a fixed schedule whatever their performance");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void notApplicableWhenNoModelIsTrained() {
        Finding f = assertStatus(ID, workload().model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("pipelines.retrainTriggers", "monitoring.driftThresholdsDefined");
    }
}
