package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BenchmarkDimension;
import dev.mllens.workload.Context;
import dev.mllens.workload.FineTuningMethod;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelOptimization;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLSUS04_BP02Test {

    private static final String ID = "MLSUS04-BP02";

    private static Training.Builder training() {
        return Training.builder().baselineModel(Attestation.of(true))
                .benchmarked(BenchmarkDimension.ALGORITHMS, BenchmarkDimension.INSTANCE_TYPES)
                .observability(TrainingSignal.PROFILER).fineTuningMethod(FineTuningMethod.PARAMETER_EFFICIENT);
    }

    @Test
    void metWhenBaselineFirstAndModelsCompressed() {
        Finding f = assertStatus(ID, workload().training(training().build())
                .model(Model.builder("ranker").source(ModelSource.PRETRAINED_FINETUNED)
                        .optimizations(ModelOptimization.DISTILLED, ModelOptimization.QUANTIZED).build(),
                        Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.fineTuningMethod = PARAMETER_EFFICIENT");
    }

    @Test
    void notMetWithoutBaselineOrCompression() {
        Finding f = assertStatus(ID, workload().training(training().baselineModel(Attestation.of(false)).build())
                .model(Model.builder("ranker").source(ModelSource.CUSTOM_FROM_SCRATCH).optimizations().build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder("no simple baseline model was trained before more complex algorithms",
                "model 'ranker' is used without distillation, pruning, quantization or compilation");
    }

    @Test
    void partiallyMetWhenPretrainedModelFullyFineTuned() {
        Finding f = assertStatus(ID, workload().training(training().fineTuningMethod(FineTuningMethod.FULL).build())
                .model(Model.builder("ranker").source(ModelSource.PRETRAINED_FINETUNED)
                        .optimizations(ModelOptimization.COMPILED).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("parameter-efficient fine-tuning");
    }

    @Test
    void notApplicableWhenWorkloadOnlyCallsAnApi() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }

    @Test
    void insufficientEvidenceWhenOptimizationsNotStated() {
        Finding f = assertStatus(ID, workload().training(training().build())
                .model(Model.builder("ranker").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("models[ranker].optimizations");
    }
}
