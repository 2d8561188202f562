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

    @Test
    void notMetWhenEachModelHasItsOwnEndpoint() {
        Finding f = assertStatus(ID, workload().model(A, B)
                .endpoint(endpoint("a", HostingPattern.SINGLE_MODEL, "store-a"), endpoint("b", HostingPattern.SINGLE_MODEL, "store-b"))
                .monitoring(metrics(false)).sustainability(measured(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'a' is dedicated to a single model next to other hosted endpoints",
                "endpoint 'b' is dedicated to a single model next to other hosted endpoints");
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
