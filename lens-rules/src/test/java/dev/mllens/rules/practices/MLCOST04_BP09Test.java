package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.ExperimentCompute;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLCOST04_BP09Test {

    private static final String ID = "MLCOST04-BP09";

    private static Training.Builder sampledFirst() {
        return Training.builder().sampledSubsetFirst(Attestation.yes("10% stratified sample"))
                .experimentCompute(ExperimentCompute.LOCAL_MODE_THEN_SCALE)
                .platform(TrainingPlatform.MANAGED_TRAINING_JOBS).observability(TrainingSignal.METRICS);
    }

    @Test
    void metWhenSampleOnSmallComputeThenSeparateFullTraining() {
        Finding f = assertStatus(ID, workload().training(sampledFirst().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("training.sampledSubsetFirst = attested yes (10% stratified sample)");
    }

    private static Dataset trainingData(double sizeGb) {
        return Dataset.builder("transactions").usage(DatasetUsage.TRAINING, DatasetUsage.VALIDATION).sizeGb(sizeGb).build();
    }

    @Test
    void notMetWhenFullDataOnFullClusterFromTheStart() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(420)).training(sampledFirst().sampledSubsetFirst(Attestation.of(false))
                .experimentCompute(ExperimentCompute.FULL_CLUSTER_ALWAYS).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder(
                "experiments start on the full 420 GB of training data instead of a small representative sample",
                "early experiments run on the full-size training cluster");
    }

    @Test
    void aDatasetOfAFewGigabytesNeedsNoSampleNorASeparateFullScaleJob() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(3)).training(sampledFirst().sampledSubsetFirst(Attestation.of(false))
                .platform(TrainingPlatform.NOTEBOOK_INSTANCE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("training.sampledSubsetFirst = attested no", "datasets[transactions].sizeGb = 3.0");
    }

    @Test
    void partiallyMetWhenFullTrainingStaysOnTheNotebook() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(420)).training(sampledFirst()
                        .platform(TrainingPlatform.NOTEBOOK_INSTANCE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "full-scale training on 420 GB of data runs on the same notebook or local machine used for experiments");
        assertThat(f.actions()).singleElement().asString().contains("separate training job");
    }

    @Test
    void insufficientEvidenceWhenSamplingNotAttested() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(420)).training(sampledFirst().sampledSubsetFirst(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.sampledSubsetFirst");
    }

    @Test
    void insufficientEvidenceWhenNeitherSamplingNorTheDataSizeIsStated() {
        Finding f = assertStatus(ID, workload().dataset(Dataset.builder("transactions").usage(DatasetUsage.TRAINING).build())
                .training(sampledFirst().sampledSubsetFirst(Attestation.of(false)).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[transactions].sizeGb");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
