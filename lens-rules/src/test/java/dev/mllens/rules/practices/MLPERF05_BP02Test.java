package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Context;
import dev.mllens.workload.DeploymentTarget;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.ProfileState;
import dev.mllens.workload.TrafficPattern;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF05_BP02Test {

    private static final String ID = "MLPERF05-BP02";

    private static Workload.Builder profiled(TrafficPattern traffic, LatencyRequirement latency) {
        return workload().context(Context.builder().trafficPattern(traffic).latencyRequirement(latency)
                        .profile(ProfileState.CURRENT_AND_TARGET).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build());
    }

    private static Endpoint.Builder realTime() {
        return Endpoint.builder("api").type(EndpointType.REAL_TIME).autoScaling(AutoScaling.builder().enabled(true).build());
    }

    @Test
    void metForScaledRealTimeEndpointWithSteadyTraffic() {
        Finding f = assertStatus(ID, profiled(TrafficPattern.STEADY, LatencyRequirement.REAL_TIME).endpoint(realTime().build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[api].autoScaling.enabled = true");
    }

    @Test
    void metForServerlessEndpointWithIntermittentTraffic() {
        Finding f = assertStatus(ID, profiled(TrafficPattern.INTERMITTENT, LatencyRequirement.NEAR_REAL_TIME)
                .endpoint(Endpoint.builder("sls").type(EndpointType.SERVERLESS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[sls].type = SERVERLESS", "context.trafficPattern = INTERMITTENT");
    }

    @Test
    void partiallyMetWhenRealTimeEndpointDoesNotScale() {
        Finding f = assertStatus(ID, profiled(TrafficPattern.SPIKY, LatencyRequirement.REAL_TIME)
                .endpoint(realTime().autoScaling(AutoScaling.builder().enabled(false).build()).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "real-time endpoint 'api' has no scaling policy, so its always-on capacity does not follow traffic");
    }

    @Test
    void notMetForAlwaysOnEndpointServingBatchNeeds() {
        Finding f = assertStatus(ID, profiled(TrafficPattern.BATCH, LatencyRequirement.BATCH).endpoint(realTime().build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'api' uses REAL_TIME inference for BATCH traffic and BATCH latency needs; BATCH fits that profile");
        assertThat(f.actions()).first().asString().startsWith("Use batch transform");
    }

    @Test
    void notMetWhenOnlyTheLatencyNeedRulesOutRealTime() {
        Finding f = assertStatus(ID, workload().context(Context.builder().latencyRequirement(LatencyRequirement.ASYNC)
                        .profile(ProfileState.CURRENT_ONLY).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build())
                .endpoint(realTime().build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'api' uses REAL_TIME inference for ASYNC latency needs; ASYNC fits that profile");
    }

    private static Workload.Builder intermittent(LatencyRequirement latency, Integer coldStartToleranceMs) {
        return workload().context(Context.builder().trafficPattern(TrafficPattern.INTERMITTENT).latencyRequirement(latency)
                        .coldStartToleranceMs(coldStartToleranceMs).profile(ProfileState.CURRENT_AND_TARGET).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build());
    }

    @Test
    void realTimeEndpointFitsIntermittentTrafficWhenConsumersCannotTolerateColdStarts() {
        Finding f = assertStatus(ID, intermittent(LatencyRequirement.REAL_TIME, 200).endpoint(realTime().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[api].type = REAL_TIME", "context.trafficPattern = INTERMITTENT", "context.coldStartToleranceMs = 200");
    }

    @Test
    void notMetForPersistentEndpointWhenIntermittentConsumersTolerateServerlessColdStarts() {
        Finding f = assertStatus(ID, intermittent(LatencyRequirement.NEAR_REAL_TIME, 8000).endpoint(realTime().build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'api' uses REAL_TIME inference for INTERMITTENT traffic and NEAR_REAL_TIME"
                + " latency needs (cold starts of up to 8000 ms tolerated); SERVERLESS fits that profile");
        assertThat(f.actions()).first().asString().startsWith("Use serverless inference");
    }

    @Test
    void insufficientEvidenceForRealTimeEndpointUnderIntermittentTrafficUntilColdStartToleranceIsStated() {
        Finding f = assertStatus(ID, intermittent(LatencyRequirement.REAL_TIME, null).endpoint(realTime().build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.coldStartToleranceMs");
    }

    @Test
    void coldStartToleranceIsNotAskedWhereItDecidesNothing() {
        Finding f = assertStatus(ID, profiled(TrafficPattern.STEADY, LatencyRequirement.REAL_TIME).endpoint(realTime().build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("context.coldStartToleranceMs"));
    }

    @Test
    void insufficientEvidenceWhenTrafficNotStated() {
        Finding f = assertStatus(ID, workload().context(Context.builder().profile(ProfileState.CURRENT_ONLY).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build())
                .endpoint(realTime().build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.trafficPattern", "context.latencyRequirement");
    }

    @Test
    void notApplicableToEdgeOnlyInference() {
        Finding f = assertStatus(ID, workload().context(Context.builder().deploymentTarget(DeploymentTarget.EDGE).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("inference runs only on edge devices");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }
}
