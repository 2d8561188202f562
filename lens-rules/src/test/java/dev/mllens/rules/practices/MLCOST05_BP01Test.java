package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.HostingPattern;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.TrafficPattern;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST05_BP01Test {

    private static final String ID = "MLCOST05-BP01";

    private static Endpoint.Builder endpoint(String id, EndpointType type) {
        return Endpoint.builder(id).type(type).managed(true).deployedViaPipeline(true);
    }

    private static Workload.Builder demand(TrafficPattern traffic, LatencyRequirement latency) {
        return workload().context(Context.builder().trafficPattern(traffic).latencyRequirement(latency)
                .placementDecisionDocumented(Attestation.of(true)).build());
    }

    @Test
    void metWithServerlessEndpointForIntermittentTraffic() {
        Finding f = assertStatus(ID, demand(TrafficPattern.INTERMITTENT, LatencyRequirement.NEAR_REAL_TIME)
                .endpoint(endpoint("chat", EndpointType.SERVERLESS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[chat].type = SERVERLESS");
    }

    @Test
    void metWithSharedRealTimeEndpointsForSteadyTraffic() {
        Finding f = assertStatus(ID, demand(TrafficPattern.STEADY, LatencyRequirement.REAL_TIME)
                .endpoint(endpoint("a", EndpointType.REAL_TIME).hostingPattern(HostingPattern.MULTI_MODEL).build(),
                        endpoint("b", EndpointType.REAL_TIME).hostingPattern(HostingPattern.INFERENCE_COMPONENTS).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[a].hostingPattern = MULTI_MODEL",
                "endpoints[b].hostingPattern = INFERENCE_COMPONENTS");
    }

    private static Workload.Builder intermittent(LatencyRequirement latency, Integer coldStartToleranceMs) {
        return workload().context(Context.builder().trafficPattern(TrafficPattern.INTERMITTENT).latencyRequirement(latency)
                .coldStartToleranceMs(coldStartToleranceMs).placementDecisionDocumented(Attestation.of(true)).build());
    }

    private static Endpoint.Builder singleModel(String id, AcceleratorFamily family, double utilizationPct) {
        return endpoint(id, EndpointType.REAL_TIME).hostingPattern(HostingPattern.SINGLE_MODEL).instanceFamily(family)
                .resourceUtilizationPct(utilizationPct);
    }

    @Test
    void notMetWithRealTimeEndpointForIntermittentTrafficThatToleratesColdStarts() {
        Finding f = assertStatus(ID, intermittent(null, 10_000).endpoint(endpoint("scoring", EndpointType.REAL_TIME).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'scoring' uses the REAL_TIME option, which does not fit INTERMITTENT traffic"
                + " (cold starts of up to 10000 ms tolerated)");
    }

    @Test
    void realTimeEndpointFitsIntermittentTrafficWhenConsumersCannotTolerateColdStarts() {
        Finding f = assertStatus(ID, intermittent(LatencyRequirement.REAL_TIME, 300)
                .endpoint(endpoint("scoring", EndpointType.REAL_TIME).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[scoring].type = REAL_TIME", "context.coldStartToleranceMs = 300");
    }

    @Test
    void insufficientEvidenceForRealTimeEndpointUnderIntermittentTrafficWithoutColdStartTolerance() {
        Finding f = assertStatus(ID, intermittent(LatencyRequirement.REAL_TIME, null)
                .endpoint(endpoint("scoring", EndpointType.REAL_TIME).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.coldStartToleranceMs");
    }

    @Test
    void partiallyMetWithSeparateEndpointsForModelsThatCouldBeHostedTogether() {
        Finding f = assertStatus(ID, steadyRealTime(singleModel("a", AcceleratorFamily.COMPUTE_CPU, 15),
                singleModel("c", AcceleratorFamily.COMPUTE_CPU, 30).deployedViaPipeline(false)), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("real-time endpoint 'a' hosts a single model although real-time endpoint 'c' runs on the same"
                        + " COMPUTE_CPU hardware and the two use 45 % of one fleet together: a multi-model or multi-container endpoint"
                        + " could share the instances")
                .anyMatch(g -> g.contains("changes to endpoint 'c' are not deployed by an automated pipeline"));
    }

    private static Workload steadyRealTime(Endpoint.Builder first, Endpoint.Builder second) {
        return demand(TrafficPattern.STEADY, LatencyRequirement.REAL_TIME).endpoint(first.build(), second.build()).build();
    }

    @Test
    void singleModelEndpointsPassWhenTheirLoadsOrHardwareCouldNotBeHostedTogether() {
        Finding busy = assertStatus(ID, steadyRealTime(singleModel("a", AcceleratorFamily.COMPUTE_CPU, 60),
                singleModel("b", AcceleratorFamily.COMPUTE_CPU, 45)), Status.MET);
        assertThat(busy.evidence()).extracting(Object::toString)
                .contains("endpoints[a].resourceUtilizationPct = 60.0", "endpoints[b].resourceUtilizationPct = 45.0");
        Finding otherHardware = assertStatus(ID, steadyRealTime(singleModel("cpu", AcceleratorFamily.COMPUTE_CPU, 10),
                singleModel("gpu", AcceleratorFamily.GPU, 10)), Status.MET);
        assertThat(otherHardware.evidence()).extracting(Object::toString)
                .contains("endpoints[cpu].instanceFamily = COMPUTE_CPU", "endpoints[gpu].instanceFamily = GPU");
    }

    @Test
    void insufficientEvidenceWhenUtilizationOfSingleModelEndpointsIsNotStated() {
        Finding f = assertStatus(ID, steadyRealTime(endpoint("a", EndpointType.REAL_TIME).hostingPattern(HostingPattern.SINGLE_MODEL)
                .instanceFamily(AcceleratorFamily.GPU), singleModel("b", AcceleratorFamily.GPU, 20)), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("endpoints[a].resourceUtilizationPct");
    }

    @Test
    void partiallyMetWhenCloudOrEdgePlacementWasNotDecided() {
        Finding f = assertStatus(ID, workload().context(Context.builder().trafficPattern(TrafficPattern.INTERMITTENT)
                        .latencyRequirement(LatencyRequirement.NEAR_REAL_TIME).placementDecisionDocumented(Attestation.of(false)).build())
                .endpoint(endpoint("chat", EndpointType.SERVERLESS).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "whether the models should run in the cloud or on edge devices was not decided from latency, connectivity and data needs");
        assertThat(f.actions()).singleElement().asString().contains("cloud or on edge devices");
    }

    @Test
    void notMetWithBatchJobForRealTimeConsumers() {
        Finding f = assertStatus(ID, demand(TrafficPattern.STEADY, LatencyRequirement.REAL_TIME)
                .endpoint(endpoint("nightly", EndpointType.BATCH).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'nightly' uses the BATCH option, which does not fit STEADY traffic and REAL_TIME latency needs");
    }

    @Test
    void notApplicableWhenNotDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("NOT_DEPLOYED");
    }

    @Test
    void insufficientEvidenceWhenDemandNotStated() {
        Finding f = assertStatus(ID, workload().context(Context.builder().placementDecisionDocumented(Attestation.of(true)).build())
                .endpoint(endpoint("scoring", EndpointType.REAL_TIME).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.trafficPattern", "context.latencyRequirement");
    }

    @Test
    void insufficientEvidenceWhenNoEndpointDeclared() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("endpoints", "context.inferenceMode");
    }
}
