package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.ApiAbstraction;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL01_BP01Test {

    private static final String ID = "MLREL01-BP01";

    private static Endpoint.Builder abstracted() {
        return Endpoint.builder("scoring").type(EndpointType.REAL_TIME).apiAbstraction(ApiAbstraction.API_LAYER)
                .apiVersioned(true).apiContractDocumented(true).rateLimiting(true).requestResponseMapping(true)
                .repeatedRequests(false);
    }

    private static Workload.Builder hosted(Endpoint e) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build()).endpoint(e);
    }

    @Test
    void metWhenVersionedDocumentedApiLayerFrontsTheEndpoint() {
        Finding f = assertStatus(ID, hosted(abstracted().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[scoring].apiAbstraction = API_LAYER");
    }

    @Test
    void metWhenEndpointDeclaredButInferenceModeNotStated() {
        Workload w = workload().monitoring(Monitoring.builder().endpointOperationalMetrics(true).build())
                .endpoint(abstracted().build()).build();
        assertStatus(ID, w, Status.MET);
    }

    @Test
    void notMetWhenConsumersCallTheEndpointDirectlyWithoutVersioning() {
        Finding f = assertStatus(ID, hosted(abstracted().apiAbstraction(ApiAbstraction.DIRECT_ENDPOINT)
                .apiVersioned(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("consumers of endpoint 'scoring' are coupled to the model (DIRECT_ENDPOINT), not shielded by an API layer");
        assertThat(f.actions()).anyMatch(a -> a.startsWith("Front every model endpoint with an API layer"));
    }

    @Test
    void partiallyMetWhenApiIsNotThrottled() {
        Finding f = assertStatus(ID, hosted(abstracted().rateLimiting(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("calls to endpoint 'scoring' are not throttled, so a burst reaches the model unchecked");
    }

    @Test
    void notApplicableForEdgeOnlyWorkload() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.EDGE).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint").contains("context.inferenceMode = EDGE");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServed() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
    }

    @Test
    void insufficientEvidenceAsksForTheTypeOfAnUntypedEndpoint() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .endpoint(Endpoint.builder("legacy").build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[legacy].type");
    }

    @Test
    void requestAndResponseTransformationsKeepTheContractWhenTheModelChanges() {
        Finding f = assertStatus(ID, hosted(abstracted().requestResponseMapping(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("requests to endpoint 'scoring' reach the model in the clients' format,"
                + " so a change of model input or output breaks them");
        assertThat(f.actions()).singleElement().asString().startsWith("Translate between the API contract");
    }

    @Test
    void cachingServesFrequentlyAccessedPredictions() {
        Finding f = assertStatus(ID, hosted(abstracted().repeatedRequests(true).responseCaching(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("identical requests to endpoint 'scoring' recur but every one reaches the model:"
                + " no response cache answers them");
    }

    @Test
    void noCacheIsNeededWhenIdenticalRequestsDoNotRecur() {
        Finding f = assertStatus(ID, hosted(abstracted().repeatedRequests(false).responseCaching(false).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[scoring].repeatedRequests = false");
    }

    @Test
    void aMissingCacheAsksWhetherRequestsRecurWhenThatIsNotStated() {
        Finding f = assertStatus(ID, hosted(abstracted().repeatedRequests(null).responseCaching(false).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[scoring].repeatedRequests");
    }
}
