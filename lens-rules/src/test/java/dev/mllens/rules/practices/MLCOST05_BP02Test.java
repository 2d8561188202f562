package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelOptimization;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.SizingMethod;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST05_BP02Test {

    private static final String ID = "MLCOST05-BP02";

    private static Endpoint.Builder endpoint(SizingMethod sizing) {
        return Endpoint.builder("llm").type(EndpointType.REAL_TIME).modelIds("chat").instanceFamily(AcceleratorFamily.INFERENTIA)
                .sizingMethod(sizing).autoScaling(AutoScaling.builder().enabled(true).build());
    }

    private static Workload.Builder deployed(Model model, Endpoint endpoint) {
        return workload().model(model).endpoint(endpoint)
                .governance(Governance.builder().reviewCadence(dev.mllens.workload.ReviewTopic.COST, Cadence.MONTHLY).build());
    }

    private static Model.Builder model() {
        return Model.builder("chat").source(ModelSource.PRETRAINED_FINETUNED);
    }

    @Test
    void metWithCompiledModelOnRecommendedAccelerator() {
        Finding f = assertStatus(ID, deployed(model().optimizations(ModelOptimization.COMPILED).build(),
                endpoint(SizingMethod.RECOMMENDER).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[llm].instanceFamily = INFERENTIA");
    }

    @Test
    void notMetWithUnoptimizedModelOnDefaultHardware() {
        Finding f = assertStatus(ID, deployed(model().optimizations().build(), endpoint(SizingMethod.DEFAULT).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'chat' is deployed without compilation, quantization, pruning or distillation for its target hardware")
                .anyMatch(g -> g.contains("comes from DEFAULT"));
    }

    @Test
    void partiallyMetWhenModelOptimizedButEndpointFixedAndCostNeverReviewed() {
        Finding f = assertStatus(ID, deployed(model().optimizations(ModelOptimization.QUANTIZED).build(),
                endpoint(SizingMethod.ESTIMATE).autoScaling(AutoScaling.builder().enabled(false).build()).build())
                .governance(Governance.builder().reviewCadence(dev.mllens.workload.ReviewTopic.COST, Cadence.NONE).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).hasSize(3);
    }

    @Test
    void notApplicableWhenNotDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void insufficientEvidenceWhenNeitherModelsNorEndpointsAreDeclared() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .governance(Governance.builder().reviewCadence(dev.mllens.workload.ReviewTopic.COST, Cadence.MONTHLY).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).singleElement().satisfies(m -> {
            assertThat(m.fact()).isEqualTo("models");
            assertThat(m.question()).contains("Declare the deployed models");
        });
    }

    @Test
    void insufficientEvidenceWhenAnEndpointOfUnstatedTypeWasSizedByDefault() {
        Finding f = assertStatus(ID, deployed(model().optimizations(ModelOptimization.COMPILED).build(),
                Endpoint.builder("svc").sizingMethod(SizingMethod.DEFAULT).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[svc].type", "endpoints[svc].instanceFamily");
        assertThat(f.gapTexts()).isEmpty();
    }

    @Test
    void gapLeavesOutAnUnstatedInstanceFamily() {
        Finding f = assertStatus(ID, deployed(model().optimizations(ModelOptimization.COMPILED).build(),
                endpoint(SizingMethod.ESTIMATE).instanceFamily(null).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the hardware of endpoint 'llm' comes from ESTIMATE, not from load tests comparing"
                + " cost per inference across instance types and accelerators");
    }

    @Test
    void insufficientEvidenceWhenOptimizationsNotStated() {
        Finding f = assertStatus(ID, deployed(model().build(), endpoint(SizingMethod.LOAD_TESTED).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("models[chat].optimizations");
    }
}
