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
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import dev.mllens.workload.TrafficPattern;
import org.junit.jupiter.api.Test;

class MLOPS05_BP01Test {

    private static final String ID = "MLOPS05-BP01";

    private static Monitoring.Builder measured() {
        return Monitoring.builder().endpointOperationalMetrics(true).dashboards(true).alerting(Alerting.DYNAMIC)
                .automatedRemediation(true);
    }

    private static Workload.Builder hosted(Monitoring monitoring) {
        return workload().endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).build()).monitoring(monitoring)
                .governance(Governance.builder().reviewCadence(ReviewTopic.OPERATIONAL_METRICS, Cadence.WEEKLY).build());
    }

    @Test
    void metWhenEndpointMetricsAlarmsReviewsAndAutomationExist() {
        Finding f = assertStatus(ID, hosted(measured().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.alerting = DYNAMIC");
    }

    @Test
    void partiallyMetWithStaticThresholdsThatDoNotAccountForTypicalUsagePatterns() {
        Finding f = assertStatus(ID, hosted(measured().alerting(Alerting.STATIC).build())
                .context(Context.builder().trafficPattern(TrafficPattern.SPIKY).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("alarms use fixed thresholds although the SPIKY traffic makes normal values change over time");
        assertThat(f.actions()).singleElement().asString().startsWith("Use anomaly detection bands");
    }

    @Test
    void staticThresholdsFitSteadyTraffic() {
        Finding f = assertStatus(ID, hosted(measured().alerting(Alerting.STATIC).build())
                .context(Context.builder().trafficPattern(TrafficPattern.STEADY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.alerting = STATIC", "context.trafficPattern = STEADY");
    }

    @Test
    void staticThresholdsAskForTheTrafficPatternWhenItIsNotStated() {
        Finding f = assertStatus(ID, hosted(measured().alerting(Alerting.STATIC).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.trafficPattern");
    }

    @Test
    void notMetWithoutMetricsOrAlarms() {
        Finding f = assertStatus(ID, hosted(measured().endpointOperationalMetrics(false).alerting(Alerting.NONE).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "utilization, invocation, error and latency metrics of the serving endpoints or batch jobs are not collected",
                "no alarm fires when a KPI of the serving environment leaves its bounds");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.endpointOperationalMetrics",
                "governance.reviewCadence[OPERATIONAL_METRICS]");
    }

    @Test
    void batchJobsAreMeasuredLikeEndpoints() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build())
                .monitoring(measured().endpointOperationalMetrics(false).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.OPERATIONAL_METRICS, Cadence.WEEKLY).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "utilization, invocation, error and latency metrics of the serving endpoints or batch jobs are not collected");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.inferenceMode = NOT_DEPLOYED", "no model is deployed");
    }
}
