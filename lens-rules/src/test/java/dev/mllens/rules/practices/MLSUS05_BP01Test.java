package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.Sustainability;
import dev.mllens.workload.TrafficPattern;
import org.junit.jupiter.api.Test;

class MLSUS05_BP01Test {

    private static final String ID = "MLSUS05-BP01";

    private static Context.Builder context(boolean reviewed, LatencyRequirement latency) {
        return Context.builder().slaReviewedForSustainability(Attestation.of(reviewed)).latencyRequirement(latency);
    }

    private static Sustainability tracked(boolean tracked) {
        return Sustainability.builder().efficiencyRatioTracked(tracked).build();
    }

    private static Endpoint endpoint(EndpointType type) {
        return Endpoint.builder("scoring").type(type).build();
    }

    @Test
    void metWhenDelayTolerantTrafficGoesToAnAsyncEndpoint() {
        Finding f = assertStatus(ID, workload().context(context(true, LatencyRequirement.ASYNC).build())
                .endpoint(endpoint(EndpointType.ASYNC)).sustainability(tracked(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[scoring].type = ASYNC");
    }

    @Test
    void notMetWhenBatchNeedIsServedByAnAlwaysOnEndpoint() {
        Finding f = assertStatus(ID, workload().context(context(false, LatencyRequirement.BATCH).build())
                .endpoint(endpoint(EndpointType.REAL_TIME)).sustainability(tracked(true)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'scoring' keeps real-time capacity running although consumers tolerate delay"
                + " or traffic is sporadic");
    }

    @Test
    void partiallyMetWithoutSustainabilityMetrics() {
        Finding f = assertStatus(ID, workload().context(context(true, LatencyRequirement.REAL_TIME).build())
                .endpoint(endpoint(EndpointType.REAL_TIME)).sustainability(tracked(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("compute hours saved");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("NOT_DEPLOYED");
    }

    @Test
    void insufficientEvidenceWhenTrafficShapeIsNeededButNotStated() {
        Finding f = assertStatus(ID, workload().context(context(true, LatencyRequirement.NEAR_REAL_TIME).build())
                .endpoint(endpoint(EndpointType.REAL_TIME)).sustainability(tracked(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.trafficPattern");
    }

    @Test
    void sporadicTrafficWithoutHardLatencyNeedFailsTheEndpoint() {
        Finding f = assertStatus(ID, workload().context(context(true, LatencyRequirement.NEAR_REAL_TIME)
                .trafficPattern(TrafficPattern.INTERMITTENT).build())
                .endpoint(endpoint(EndpointType.REAL_TIME)).sustainability(tracked(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).first().asString().contains("serverless or asynchronous endpoints");
    }
}
