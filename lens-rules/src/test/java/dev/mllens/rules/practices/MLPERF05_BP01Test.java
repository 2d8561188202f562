package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.DeploymentTarget;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelOptimization;
import org.junit.jupiter.api.Test;

class MLPERF05_BP01Test {

    private static final String ID = "MLPERF05-BP01";

    private static Context.Builder decided(DeploymentTarget target) {
        return Context.builder().deploymentTarget(target).placementDecisionDocumented(Attestation.yes("latency study"));
    }

    @Test
    void metForDocumentedCloudPlacement() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.CLOUD).build())
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("context.edgeFleetManaged"));
    }

    @Test
    void metForOptimizedFleetManagedEdgeModels() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.EDGE).edgeFleetManaged(true).edgeModelsProtected(true)
                        .edgeHardwareConstraintsEvaluated(Attestation.yes("device memory and power budget")).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.COMPILED).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("context.edgeFleetManaged = true", "models[detector].optimizations = [COMPILED]");
    }

    @Test
    void metForHybridWorkloadWhoseUnoptimizedModelIsServedOnlyInTheCloud() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.HYBRID).edgeFleetManaged(true).edgeModelsProtected(true)
                        .edgeHardwareConstraintsEvaluated(Attestation.of(true)).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.QUANTIZED).build(),
                        Model.builder("ranker").optimizations(java.util.Set.of()).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build(),
                        Endpoint.builder("api").type(EndpointType.REAL_TIME).modelIds("ranker").build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("models[ranker]"));
    }

    @Test
    void partiallyMetForEdgeModelsWithoutFleetManagement() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.HYBRID).edgeFleetManaged(false).build())
                .model(Model.builder("detector").optimizations(java.util.Set.of()).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "model 'detector' runs at the edge without compilation, quantization, pruning or distillation for the device",
                "edge devices and their models are not updated, monitored and secured as a managed fleet");
    }

    @Test
    void partiallyMetWhenHardwareConstraintsOfEdgeDevicesAreNotEvaluatedBeforeDeployment() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.EDGE).edgeFleetManaged(true).edgeModelsProtected(true)
                        .edgeHardwareConstraintsEvaluated(Attestation.of(false)).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.PRUNED).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the compute, memory, storage and power limits of the edge devices were not evaluated before deploying models to them");
        assertThat(f.actions()).singleElement().asString().contains("compute and memory limits of the target devices");
    }

    @Test
    void insufficientEvidenceWhenEdgeHardwareEvaluationIsNotStated() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.EDGE).edgeFleetManaged(true).edgeModelsProtected(true).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.PRUNED).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.edgeHardwareConstraintsEvaluated");
    }

    @Test
    void notMetWhenCloudIsDefaultedWithoutADecision() {
        Finding f = assertStatus(ID, workload().context(Context.builder().deploymentTarget(DeploymentTarget.CLOUD)
                .placementDecisionDocumented(Attestation.of(false)).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("where inference runs was not decided against latency, connectivity and privacy needs");
    }

    @Test
    void insufficientEvidenceWhenTargetNotStated() {
        Finding f = assertStatus(ID, workload().context(Context.builder().placementDecisionDocumented(Attestation.of(true)).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.deploymentTarget", "context.inferenceMode");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("NOT_DEPLOYED");
    }

    @Test
    void overlookingSecurityForModelsDeployedAtTheEdgeIsAGap() {
        Finding f = assertStatus(ID, workload().context(decided(DeploymentTarget.EDGE).edgeFleetManaged(true)
                        .edgeHardwareConstraintsEvaluated(Attestation.of(true)).edgeModelsProtected(false).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.COMPILED).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "models on the edge devices are neither encrypted nor signed, or devices receive them without authenticating");
        assertThat(f.actions()).singleElement().asString().startsWith("Encrypt or sign the models sent to edge devices");
    }

    @Test
    void protectionOfEdgeModelsIsAskedOnlyWhenModelsRunAtTheEdge() {
        Finding edge = assertStatus(ID, workload().context(decided(DeploymentTarget.EDGE).edgeFleetManaged(true)
                        .edgeHardwareConstraintsEvaluated(Attestation.of(true)).build())
                .model(Model.builder("detector").optimizations(ModelOptimization.COMPILED).build())
                .endpoint(Endpoint.builder("cams").type(EndpointType.EDGE).modelIds("detector").build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(edge.missing()).extracting(Missing::fact).containsExactly("context.edgeModelsProtected");
        Finding cloud = assertStatus(ID, workload().context(decided(DeploymentTarget.CLOUD).build())
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).build()).build(), Status.MET);
        assertThat(cloud.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("context.edgeModelsProtected"));
    }
}
