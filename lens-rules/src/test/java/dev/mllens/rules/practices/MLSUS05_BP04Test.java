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
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Sustainability;
import org.junit.jupiter.api.Test;

class MLSUS05_BP04Test {

    private static final String ID = "MLSUS05-BP04";

    private static final Model A = Model.builder("store-a").build();
    private static final Model B = Model.builder("store-b").build();

    private static Endpoint endpoint(String id, HostingPattern pattern, String... models) {
        return Endpoint.builder(id).type(EndpointType.REAL_TIME).hostingPattern(pattern).modelIds(models).build();
    }

    /** A real-time endpoint dedicated to one model, at {@code pct} % utilization on {@code family} hardware. */
    private static Endpoint dedicated(String id, String model, Double pct, AcceleratorFamily family) {
        return Endpoint.builder(id).type(EndpointType.REAL_TIME).hostingPattern(HostingPattern.SINGLE_MODEL).modelIds(model)
                .resourceUtilizationPct(pct).instanceFamily(family).build();
    }

    private static Monitoring metrics(boolean collected) {
        return Monitoring.builder().endpointOperationalMetrics(collected).build();
    }

    private static Sustainability measured(boolean holds) {
        return Sustainability.builder().footprintMeasured(Attestation.of(holds)).build();
    }

    @Test
    void metWhenModelsShareAMultiModelEndpoint() {
        Finding f = assertStatus(ID, workload().model(A, B).endpoint(endpoint("stores", HostingPattern.MULTI_MODEL, "store-a", "store-b"))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[stores].hostingPattern = MULTI_MODEL");
    }

    /** Anti-pattern "deploying each model on its own dedicated endpoint regardless of utilization patterns": idle ones. */
    @Test
    void notMetWhenEachModelHasItsOwnIdleEndpointOnSharableHardware() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 5.0, AcceleratorFamily.GENERAL_CPU), dedicated("b", "store-b", 12.5, AcceleratorFamily.GENERAL_CPU))
                .monitoring(metrics(false)).sustainability(measured(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains(
                "endpoint 'a' is dedicated to a single model at 5 % utilization (under 20 %) next to other hosted endpoints on"
                        + " GENERAL_CPU hardware it could share",
                "endpoint 'b' is dedicated to a single model at 12.5 % utilization (under 20 %) next to other hosted endpoints on"
                        + " GENERAL_CPU hardware it could share");
    }

    /** "Regardless of utilization patterns": a dedicated endpoint kept busy is not the anti-pattern. */
    @Test
    void regardlessOfUtilizationPatternsABusyDedicatedEndpointIsNoGap() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 65.0, AcceleratorFamily.GENERAL_CPU), dedicated("b", "store-b", 5.0, AcceleratorFamily.GENERAL_CPU))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).singleElement().asString().startsWith("endpoint 'b' ");
        assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 65.0, AcceleratorFamily.GENERAL_CPU), dedicated("b", "store-b", 40.0, AcceleratorFamily.GENERAL_CPU))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.MET);
    }

    /** "Based on ... access patterns": an unstated utilization is asked for, not taken for idle. */
    @Test
    void utilizationNotStatedIsAskedFor() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", null, AcceleratorFamily.GPU), dedicated("b", "store-b", 50.0, AcceleratorFamily.GPU))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gapTexts()).isEmpty();
        assertThat(f.missing()).extracting(m -> m.fact()).contains("endpoints[a].resourceUtilizationPct");
    }

    /** Anti-pattern "creating separate infrastructure for similar models that could share resources": same hardware only. */
    @Test
    void similarModelsThatCouldShareResourcesAreThoseOnTheSameHardware() {
        assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 5.0, AcceleratorFamily.GPU), dedicated("b", "store-b", 5.0, AcceleratorFamily.GENERAL_CPU))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.MET);
        Finding unstated = assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 5.0, AcceleratorFamily.GPU), dedicated("b", "store-b", 50.0, null))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(unstated.missing()).extracting(m -> m.question()).anyMatch(q -> q.contains("hardware family (instanceFamily) of the other"
                + " hosted endpoints"));
        Finding own = assertStatus(ID, workload().model(A, B)
                .endpoint(dedicated("a", "store-a", 5.0, null), dedicated("b", "store-b", 50.0, AcceleratorFamily.GPU))
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(own.missing()).extracting(m -> m.fact()).contains("endpoints[a].instanceFamily");
    }

    /** Related document "Deploy models with SageMaker AI Serverless Inference": serverless capacity is not dedicated. */
    @Test
    void serverlessInferenceHoldsNoDedicatedCapacity() {
        Endpoint a = Endpoint.builder("a").type(EndpointType.SERVERLESS).hostingPattern(HostingPattern.SINGLE_MODEL).modelIds("store-a")
                .resourceUtilizationPct(3.0).instanceFamily(AcceleratorFamily.SERVERLESS).build();
        Endpoint b = Endpoint.builder("b").type(EndpointType.SERVERLESS).hostingPattern(HostingPattern.SINGLE_MODEL).modelIds("store-b")
                .resourceUtilizationPct(3.0).instanceFamily(AcceleratorFamily.SERVERLESS).build();
        assertStatus(ID, workload().model(A, B).endpoint(a, b).monitoring(metrics(true)).sustainability(measured(true)).build(), Status.MET);
    }

    @Test
    void partiallyMetWhenConsolidationIsNotMeasured() {
        Finding f = assertStatus(ID, workload().model(A, B).endpoint(endpoint("stores", HostingPattern.MULTI_MODEL, "store-a", "store-b"))
                .monitoring(metrics(true)).sustainability(measured(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("carbon footprint tool");
    }

    @Test
    void theOnlyHostedEndpointHasNothingToShareWith() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(endpoint("a", HostingPattern.SINGLE_MODEL, "store-a"),
                        Endpoint.builder("nightly").type(EndpointType.BATCH).modelIds("store-b").build())
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[a].hostingPattern = SINGLE_MODEL")
                .noneMatch(e -> e.startsWith("endpoints[nightly]"));
    }

    @Test
    void anEndpointOfUnstatedTypeIsNotCountedAsHosted() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(endpoint("a", HostingPattern.SINGLE_MODEL, "store-a"),
                        Endpoint.builder("b").hostingPattern(HostingPattern.SINGLE_MODEL).modelIds("store-b").build())
                .monitoring(metrics(true)).sustainability(measured(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gapTexts()).isEmpty();
        assertThat(f.missing()).extracting(m -> m.fact()).contains("endpoints[b].type");
    }

    @Test
    void notApplicableToASingleModel() {
        Finding f = assertStatus(ID, workload().model(A).endpoint(endpoint("a", HostingPattern.SINGLE_MODEL, "store-a")).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("only one model is declared (models[store-a])");
    }

    @Test
    void notApplicableToBatchOnlyWorkloads() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .model(A, B).endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.inferenceMode = BATCH");
    }

    @Test
    void insufficientEvidenceWhenHostedEndpointsAreNotDeclared() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .model(A, B).monitoring(metrics(true)).sustainability(measured(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints");
    }
}
