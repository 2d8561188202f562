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
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Governance;
import dev.mllens.workload.Guardrail;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class MLSEC06_BP01Test {

    private static final String ID = "MLSEC06-BP01";

    private static Endpoint.Builder restricted(String id) {
        return Endpoint.builder(id).type(EndpointType.REAL_TIME).authRequired(true).invokePolicyLeastPrivilege(true)
                .networkAccess(NetworkAccess.PRIVATE).accessLogging(true).rateLimiting(true);
    }

    /**
     * A predictive (not generative) workload whose development and production callers hold separate
     * credentials and whose access permissions are reviewed quarterly.
     */
    private static Workload.Builder served() {
        return workload().context(Context.builder().generativeAi(false).build())
                .environment(Environment.builder().separateModelCredentials(true).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.ACCESS_PERMISSIONS, Cadence.QUARTERLY).build());
    }

    @Test
    void metWhenOnlyNamedAuthenticatedCallersReachAPrivateLoggedEndpoint() {
        Finding f = assertStatus(ID, served().endpoint(restricted("fraud-api").build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].authRequired = true");
    }

    @Test
    void notMetWhenAnyoneCanInvoke() {
        Finding f = assertStatus(ID, served().endpoint(restricted("fraud-api").authRequired(false)
                .invokePolicyLeastPrivilege(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'fraud-api' accepts unauthenticated invocations");
    }

    @Test
    void partiallyMetWhenOneEndpointIsPublicWithoutWaf() {
        Finding f = assertStatus(ID, served().endpoint(restricted("fraud-api").build(),
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
        Finding f = assertStatus(ID, served().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints");
    }

    @Test
    void insufficientEvidenceWhenLoggingNotStated() {
        Finding f = assertStatus(ID, served().endpoint(restricted("fraud-api").accessLogging(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[fraud-api].accessLogging");
    }

    @Test
    void partiallyMetWhenAPublicEndpointIsCalledDirectly() {
        Finding f = assertStatus(ID, served().endpoint(restricted("partner-api").networkAccess(NetworkAccess.PUBLIC_WITH_WAF)
                .apiAbstraction(ApiAbstraction.DIRECT_ENDPOINT).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'partner-api' is exposed publicly (PUBLIC_WITH_WAF) without an API layer in front (DIRECT_ENDPOINT)");
        assertThat(f.actions()).singleElement().asString().contains("API layer");
    }

    @Test
    void insufficientEvidenceWhenAPublicEndpointDoesNotStateHowConsumersReachIt() {
        Finding f = assertStatus(ID, served().endpoint(restricted("partner-api").networkAccess(NetworkAccess.PUBLIC_WITH_WAF)
                .build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[partner-api].apiAbstraction");
    }

    @Test
    void developmentAndProductionCallersDoNotShareCredentials() {
        Finding f = assertStatus(ID, served().environment(Environment.builder().separateModelCredentials(false).build())
                .endpoint(restricted("fraud-api").build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("development and production callers share the credentials that invoke models");
        assertThat(f.actions()).singleElement().asString().contains("Never share credentials");
    }

    @Test
    void regularSecurityReviewsCheckEndpointPoliciesAndAccessLogs() {
        Finding f = assertStatus(ID, served()
                .governance(Governance.builder().reviewCadence(ReviewTopic.ACCESS_PERMISSIONS, Cadence.NONE).build())
                .endpoint(restricted("fraud-api").build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint policies and access logs are not reviewed on a recurring schedule");
    }

    @Test
    void modelArtifactsBehindAnEndpointAreEncryptedAtRest() {
        Finding f = assertStatus(ID, served()
                .model(Model.builder("fraud").source(ModelSource.BUILT_IN_ALGORITHM).artifactEncryption(false).build(),
                        Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build())
                .endpoint(restricted("fraud-api").modelIds(List.of("fraud", "llm")).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("artifacts of model 'fraud', served by endpoint 'fraud-api', are not encrypted at rest");
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("models[llm].artifactEncryption");
    }

    @Test
    void generativeEndpointsFilterHarmfulContent() {
        Finding f = assertStatus(ID, served().context(Context.builder().generativeAi(true).build())
                .endpoint(restricted("chat").guardrails(Guardrail.SENSITIVE_DATA_FILTER).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("responses of the generative model behind endpoint 'chat' are not filtered for harmful content");
        assertThat(f.actions()).singleElement().asString().contains("harmful content");
    }
}
