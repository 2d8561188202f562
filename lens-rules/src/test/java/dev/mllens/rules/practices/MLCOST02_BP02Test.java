package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import org.junit.jupiter.api.Test;

class MLCOST02_BP02Test {

    private static final String ID = "MLCOST02-BP02";

    private static Context compared(boolean yes) {
        return Context.builder().buildVsBuyEvaluated(Attestation.of(yes)).build();
    }

    private static Model.Builder pretrained() {
        return Model.builder("vision").source(ModelSource.PRETRAINED_FINETUNED)
                .pretrainedFitValidated(Attestation.of(true)).licenseReviewed(Attestation.of(true));
    }

    @Test
    void metWhenOptionsComparedAndPretrainedModelValidated() {
        Finding f = assertStatus(ID, workload().context(compared(true)).model(pretrained().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[vision].pretrainedFitValidated = attested yes");
    }

    @Test
    void metForCustomModelAfterComparison() {
        Finding f = assertStatus(ID, workload().context(compared(true))
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.MET);
        // a custom model is judged on the comparison alone: no pre-trained checks are made for it
        assertThat(f.evidence()).extracting(Object::toString).containsExactly("context.buildVsBuyEvaluated = attested yes");
    }

    @Test
    void notMetWhenCustomModelBuiltWithoutComparison() {
        Finding f = assertStatus(ID, workload().context(compared(false))
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("building a custom model was not weighed against pre-trained models and managed AI services on total cost of ownership");
    }

    @Test
    void partiallyMetWhenPretrainedModelAdoptedUnchecked() {
        Finding f = assertStatus(ID, workload().context(compared(true))
                .model(pretrained().pretrainedFitValidated(Attestation.of(false)).licenseReviewed(Attestation.of(false)).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("'vision' is used without checking"))
                .anyMatch(g -> g.contains("licence, security and privacy terms"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.buildVsBuyEvaluated");
    }
}
