package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.FineTuningMethod;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLSUS02_BP01Test {

    private static final String ID = "MLSUS02-BP01";

    private static Context compared(boolean holds) {
        return Context.builder().buildVsBuyEvaluated(Attestation.of(holds)).build();
    }

    @Test
    void metWhenComparedAndPretrainedModelFineTunedEfficiently() {
        Finding f = assertStatus(ID, workload().context(compared(true))
                .model(Model.builder("support-bot").source(ModelSource.PRETRAINED_FINETUNED).build())
                .training(Training.builder().fineTuningMethod(FineTuningMethod.PARAMETER_EFFICIENT).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[support-bot].source = PRETRAINED_FINETUNED");
    }

    @Test
    void metWhenCustomModelBuiltAfterComparison() {
        Finding f = assertStatus(ID, workload().context(compared(true))
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[churn].source = CUSTOM_FROM_SCRATCH", "context.buildVsBuyEvaluated = attested yes");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWhenTrainedFromScratchWithoutComparison() {
        Finding f = assertStatus(ID, workload().context(compared(false))
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'churn' is trained from scratch (CUSTOM_FROM_SCRATCH) without checking for a"
                + " managed service or pretrained model");
    }

    @Test
    void builtInAlgorithmCountsAsTrainingFromScratch() {
        Finding f = assertStatus(ID, workload().context(compared(false))
                .model(Model.builder("churn").source(ModelSource.BUILT_IN_ALGORITHM).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'churn' is trained from scratch (BUILT_IN_ALGORITHM) without checking for a"
                + " managed service or pretrained model");
    }

    @Test
    void noWrittenComparisonIsAskedForWhenEveryModelAlreadyUsesAnAiService() {
        // the comparison is a means to the outcome "use managed services and pretrained models": here it is evident
        Finding f = assertStatus(ID, workload().context(compared(false))
                .model(Model.builder("vision").source(ModelSource.MANAGED_AI_SERVICE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains(
                "models[].source = every declared model is a managed AI service, foundation model API or pretrained model");
        assertThat(f.gaps()).isEmpty();
    }

    @Test
    void theComparisonIsStillAskedForWhenOneModelIsBuiltFromScratch() {
        Finding f = assertStatus(ID, workload().context(compared(false))
                .model(Model.builder("vision").source(ModelSource.MANAGED_AI_SERVICE).build(),
                        Model.builder("ranker").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("managed AI services and pretrained models were not compared with building a custom model");
    }

    @Test
    void partiallyMetWhenPretrainedModelFullyFineTuned() {
        Finding f = assertStatus(ID, workload().context(compared(true))
                .model(Model.builder("support-bot").source(ModelSource.PRETRAINED_FINETUNED).build())
                .training(Training.builder().fineTuningMethod(FineTuningMethod.FULL).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("LoRA");
    }

    @Test
    void insufficientEvidenceWhenComparisonNotStated() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.buildVsBuyEvaluated");
    }
}
