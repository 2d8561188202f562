package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.ExperimentCompute;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLCOST04_BP03Test {

    private static final String ID = "MLCOST04-BP03";

    private static Training.Builder localFirst() {
        return Training.builder().experimentCompute(ExperimentCompute.LOCAL_MODE_THEN_SCALE)
                .resourceUtilizationPct(65.0).experimentTracking(true);
    }

    @Test
    void metWhenLocalModeThenRightSizedCloudTraining() {
        Finding f = assertStatus(ID, workload().training(localFirst().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.experimentCompute = LOCAL_MODE_THEN_SCALE");
    }

    @Test
    void notMetWhenEveryExperimentLaunchesAFullCluster() {
        Finding f = assertStatus(ID, workload().training(localFirst()
                .experimentCompute(ExperimentCompute.FULL_CLUSTER_ALWAYS).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "every early experiment launches a full training cluster, whatever the size of the data");
        assertThat(f.actions()).singleElement().asString().contains("local mode");
    }

    private static Dataset trainingData(double sizeGb) {
        return Dataset.builder("clicks").usage(DatasetUsage.TRAINING).sizeGb(sizeGb).build();
    }

    @Test
    void partiallyMetWhenExperimentsOnSmallDatasetsUseCloudInstances() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(2)).training(localFirst()
                .experimentCompute(ExperimentCompute.RIGHT_SIZED_INSTANCES).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "experiments on 2 GB of training data run on cloud instances instead of locally or on the notebook instance");
    }

    @Test
    void rightSizedCloudInstancesFitExperimentsWhenDatasetsGrowBeyondAFewGigabytes() {
        Finding f = assertStatus(ID, workload().dataset(trainingData(420)).training(localFirst()
                .experimentCompute(ExperimentCompute.RIGHT_SIZED_INSTANCES).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("training.experimentCompute = RIGHT_SIZED_INSTANCES", "datasets[clicks].sizeGb = 420.0");
    }

    @Test
    void insufficientEvidenceWhenTheSizeOfTheTrainingDataIsNotStated() {
        Finding f = assertStatus(ID, workload().dataset(Dataset.builder("clicks").usage(DatasetUsage.TRAINING).build())
                .training(localFirst().experimentCompute(ExperimentCompute.RIGHT_SIZED_INSTANCES).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[clicks].sizeGb");
    }

    @Test
    void partiallyMetWhenCloudTrainingIsOversized() {
        Finding f = assertStatus(ID, workload().training(localFirst().resourceUtilizationPct(20.0).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("profiled");
    }

    @Test
    void insufficientEvidenceWhenExperimentComputeNotStated() {
        Finding f = assertStatus(ID, workload().training(localFirst().experimentCompute(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        // with no dataset declared, whether experiments are small enough for local mode is asked too
        assertThat(f.missing()).extracting(m -> m.fact())
                .containsExactly("training.experimentCompute", "datasets", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
