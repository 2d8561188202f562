package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import org.junit.jupiter.api.Test;

class MLPERF02_BP02Test {

    private static final String ID = "MLPERF02-BP02";

    @Test
    void metWhenCustomModelIsJustifiedAndRunsOnManagedResources() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().buildVsBuyEvaluated(Attestation.yes("comparison with Rekognition")).build())
                .model(Model.builder("defects").source(ModelSource.CUSTOM_FROM_SCRATCH).build())
                .training(Training.builder().platform(TrainingPlatform.MANAGED_TRAINING_JOBS).build())
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).managed(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[defects].source = CUSTOM_FROM_SCRATCH");
    }

    @Test
    void aManagedServiceInUseShowsThePreBuiltOptionWasTakenWithoutAWrittenComparison() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().buildVsBuyEvaluated(Attestation.of(false)).ownDataProcessing(false).build())
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[translate].source = MANAGED_AI_SERVICE", "context.buildVsBuyEvaluated = attested no");
    }

    @Test
    void partiallyMetWhenCustomAndPreBuiltModelsMixButTheEvaluationIsMissingForTheCustomOne() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().buildVsBuyEvaluated(Attestation.of(false)).build())
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build(),
                        Model.builder("ranker").source(ModelSource.PRETRAINED_AS_IS).build())
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).managed(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'api' is self-hosted instead of using a managed inference option");
    }

    @Test
    void theComparisonWithPreBuiltOptionsIsAskedForWhenAModelIsBuiltFromScratch() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build(),
                        Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build())
                .training(Training.builder().platform(TrainingPlatform.MANAGED_TRAINING_JOBS).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.buildVsBuyEvaluated");
    }

    @Test
    void notMetWhenBuiltFromScratchWithoutEvaluationOnLocalCompute() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().buildVsBuyEvaluated(Attestation.of(false)).build())
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build())
                .training(Training.builder().platform(TrainingPlatform.LOCAL).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'churn' is built from scratch without checking whether a pre-built service or model would do");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("models", "context.buildVsBuyEvaluated", "training.platform");
    }
}
