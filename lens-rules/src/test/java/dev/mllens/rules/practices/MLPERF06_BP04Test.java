package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Context;
import dev.mllens.workload.DeploymentStrategy;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP04Test {

    private static final String ID = "MLPERF06-BP04";

    private static Monitoring.Builder full() {
        return Monitoring.builder()
                .monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY, MonitorType.BIAS_DRIFT, MonitorType.FEATURE_ATTRIBUTION_DRIFT)
                .groundTruthCollected(true).alerting(Alerting.STATIC).endpointOperationalMetrics(true).dashboards(true);
    }

    private static Endpoint.Builder api() {
        return Endpoint.builder("api").type(EndpointType.REAL_TIME).autoScaling(AutoScaling.builder().enabled(true).build())
                .deploymentStrategy(DeploymentStrategy.CANARY);
    }

    private static Workload.Builder base(Monitoring m, Endpoint e) {
        return workload().context(Context.builder().affectsIndividuals(true).build()).monitoring(m).endpoint(e)
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build());
    }

    @Test
    void metWhenDegradationIsDetectedAlarmedAndHandled() {
        Finding f = assertStatus(ID, base(full().build(), api().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.groundTruthCollected = true");
    }

    @Test
    void partiallyMetWhenUpdatesReplaceTheModelWithoutComparison() {
        Finding f = assertStatus(ID, base(full().build(), api().deploymentStrategy(DeploymentStrategy.ALL_AT_ONCE).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "updated models replace the current one on endpoint 'api' without a live comparison (deploymentStrategy = ALL_AT_ONCE)");
    }

    @Test
    void notMetWithoutQualityMonitoringOrAlarms() {
        Finding f = assertStatus(ID, base(full().monitorTypes(MonitorType.DATA_QUALITY).groundTruthCollected(false)
                .alerting(Alerting.NONE).build(), api().build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("the quality of production predictions is not measured against collected ground truth",
                "no alarm notifies the team when model quality, data quality or bias degrades");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.monitorTypes", "monitoring.alerting");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }
}
