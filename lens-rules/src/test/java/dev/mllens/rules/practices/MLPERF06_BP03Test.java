package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.CheckFrequency;
import dev.mllens.workload.Context;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP03Test {

    private static final String ID = "MLPERF06-BP03";

    private static Monitoring.Builder drift() {
        return Monitoring.builder().baselineStatistics(true).monitorTypes(MonitorType.DATA_QUALITY)
                .driftThresholdsDefined(true).driftCheckFrequency(CheckFrequency.DAILY).alerting(Alerting.DYNAMIC);
    }

    private static Workload.Builder base(Monitoring m) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).affectsIndividuals(false).build())
                .monitoring(m).pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build());
    }

    @Test
    void metWhenDriftIsMeasuredScheduledAlarmedAndActedOn() {
        Finding f = assertStatus(ID, base(drift().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.driftCheckFrequency = DAILY");
    }

    @Test
    void aWeeklyScheduleIsARegularIntervalForDriftAnalysis() {
        Finding f = assertStatus(ID, base(drift().driftCheckFrequency(CheckFrequency.WEEKLY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.driftCheckFrequency = WEEKLY");
    }

    @Test
    void partiallyMetWhenCheckedAdHocWithoutAlarms() {
        Finding f = assertStatus(ID, base(drift().driftCheckFrequency(CheckFrequency.AD_HOC).alerting(Alerting.NONE).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("drift is checked by hand or not at all (driftCheckFrequency = AD_HOC)",
                "drift beyond the thresholds raises no alarm to the responsible team");
    }

    @Test
    void partiallyMetWhenBiasDriftIsIgnoredForPeople() {
        Finding f = assertStatus(ID, base(drift().build())
                .context(Context.builder().inferenceMode(InferenceMode.BATCH).affectsIndividuals(true).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).containsExactly("Check for bias that emerges as the data changes, such as with SageMaker Clarify.");
    }

    @Test
    void notMetWithoutBaselineOrDriftMonitor() {
        Finding f = assertStatus(ID, base(drift().baselineStatistics(false).monitorTypes(MonitorType.MODEL_QUALITY).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("production input data is not compared automatically with the baseline (no DATA_QUALITY monitor)");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.baselineStatistics", "monitoring.driftCheckFrequency");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }
}
