package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelOptimization;
import dev.mllens.workload.ModelSource;
import org.junit.jupiter.api.Test;

class MLSUS05_BP03Test {

    private static final String ID = "MLSUS05-BP03";

    private static Model.Builder model() {
        return Model.builder("fraud").source(ModelSource.BUILT_IN_ALGORITHM).operationalMetricsEvaluated(true);
    }

    @Test
    void metWhenCompiledAndLoadTested() {
        Finding f = assertStatus(ID, workload().model(model().optimizations(ModelOptimization.COMPILED).build(),
                Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[fraud].operationalMetricsEvaluated = true");
    }

    @Test
    void notMetWhenDeployedStraightFromTraining() {
        Finding f = assertStatus(ID, workload().model(model().optimizations().operationalMetricsEvaluated(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'fraud' is deployed as it came out of training, without compilation,"
                + " quantization, pruning or distillation");
    }

    @Test
    void partiallyMetWhenQuantizedButNotCompiled() {
        Finding f = assertStatus(ID, workload().model(model().optimizations(ModelOptimization.QUANTIZED).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("model 'fraud' is not compiled for the hardware it runs on");
        assertThat(f.actions()).hasSize(1).first().asString().contains("target hardware");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .model(model().build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void notApplicableWhenOnlyManagedModelsAreUsed() {
        Finding f = assertStatus(ID, workload().model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the provider optimizes its inference");
    }

    @Test
    void insufficientEvidenceWithoutModels() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("models", "context.inferenceMode");
    }
}
