package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.ApiAbstraction;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.NetworkAccess;
import org.junit.jupiter.api.Test;

class MLSEC06_BP01Test {

    private static final String ID = "MLSEC06-BP01";

    private static Endpoint.Builder restricted(String id) {
        return Endpoint.builder(id).type(EndpointType.REAL_TIME).authRequired(true).invokePolicyLeastPrivilege(true)
                .networkAccess(NetworkAccess.PRIVATE).accessLogging(true).rateLimiting(true);
    }

    @Test
    void metWhenOnlyNamedAuthenticatedCallersReachAPrivateLoggedEndpoint() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("fraud-api").build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].authRequired = true");
    }

    @Test
    void notMetWhenAnyoneCanInvoke() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("fraud-api").authRequired(false)
                .invokePolicyLeastPrivilege(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'fraud-api' accepts unauthenticated invocations");
    }

    @Test
    void partiallyMetWhenOneEndpointIsPublicWithoutWaf() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("fraud-api").build(),
                restricted("public-api").type(EndpointType.SERVERLESS).networkAccess(NetworkAccess.PUBLIC)
                        .apiAbstraction(ApiAbstraction.API_LAYER).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'public-api' is reachable publicly without a web application firewall");
        assertThat(f.actions()).hasSize(1).first().asString().contains("web application firewall");
    }

    @Test
    void notApplicableWithoutHostedEndpoint() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.inferenceMode = BATCH");
    }

    @Test
    void insufficientEvidenceWhenRealTimeButNoEndpointDeclared() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints");
    }

    @Test
    void insufficientEvidenceWhenLoggingNotStated() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("fraud-api").accessLogging(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[fraud-api].accessLogging");
    }

    @Test
    void partiallyMetWhenAPublicEndpointIsCalledDirectly() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("partner-api").networkAccess(NetworkAccess.PUBLIC_WITH_WAF)
                .apiAbstraction(ApiAbstraction.DIRECT_ENDPOINT).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'partner-api' is exposed publicly (PUBLIC_WITH_WAF) without an API layer in front (DIRECT_ENDPOINT)");
        assertThat(f.actions()).singleElement().asString().contains("API layer");
    }

    @Test
    void insufficientEvidenceWhenAPublicEndpointDoesNotStateHowConsumersReachIt() {
        Finding f = assertStatus(ID, workload().endpoint(restricted("partner-api").networkAccess(NetworkAccess.PUBLIC_WITH_WAF)
                .build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[partner-api].apiAbstraction");
    }
}
