package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF04_BP06Test {

    private static final String ID = "MLPERF04-BP06";

    private static Model.Builder validated() {
        return Model.builder("vit").source(ModelSource.PRETRAINED_FINETUNED).pretrainedFitValidated(Attestation.of(true))
                .segmentEvaluation(Attestation.of(true)).robustnessTested(Attestation.of(true))
                .preprocessingMatchesPretrained(Attestation.yes("same tokenizer in training and serving"));
    }

    private static Workload.Builder watched(Model m) {
        return workload().model(m)
                .training(Training.builder().observability(TrainingSignal.LOGS, TrainingSignal.PROFILER).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).build());
    }

    @Test
    void metWhenFineTunedModelIsValidatedInspectedAndMonitored() {
        Finding f = assertStatus(ID, watched(validated().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[vit].preprocessingMatchesPretrained = attested yes (same tokenizer in training and serving)");
    }

    @Test
    void partiallyMetWhenPreprocessingWasNotChecked() {
        Finding f = assertStatus(ID, watched(validated().preprocessingMatchesPretrained(Attestation.of(false)).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the input preprocessing of model 'vit' was not checked against what its pretrained base expects");
    }

    @Test
    void notMetWhenInheritedWeightsAreTrustedBlindly() {
        Finding f = assertStatus(ID, watched(validated().pretrainedFitValidated(Attestation.of(false))
                .segmentEvaluation(Attestation.of(false)).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("fine-tuned model 'vit' was not validated against expected results for this use case");
    }

    @Test
    void insufficientEvidenceWhenModelSourceNotStated() {
        Finding f = assertStatus(ID, workload().model(Model.builder("m1").build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models[m1].source");
    }

    @Test
    void insufficientEvidenceWhenNoModelIsDeclared() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }

    @Test
    void notApplicableWhenNothingIsTrainedOrFineTuned() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "no transfer learning");
    }

    @Test
    void notApplicableWithoutTransferLearning() {
        Finding f = assertStatus(ID, workload().model(Model.builder("xgb").source(ModelSource.BUILT_IN_ALGORITHM).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no transfer learning");
    }
}
