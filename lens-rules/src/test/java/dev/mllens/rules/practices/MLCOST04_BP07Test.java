package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLCOST04_BP07Test {

    private static final String ID = "MLCOST04-BP07";

    private static Training.Builder distributed() {
        return Training.builder().distributionStrategy(DistributionStrategy.DATA_PARALLEL).durationHours(10.0)
                .platform(TrainingPlatform.MANAGED_TRAINING_JOBS).observability(TrainingSignal.PROFILER)
                .resourceUtilizationPct(70.0);
    }

    @Test
    void metWhenLongTrainingIsDistributedOnManagedJobsAndProfiled() {
        Finding f = assertStatus(ID, workload().training(distributed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.distributionStrategy = DATA_PARALLEL");
    }

    @Test
    void notMetWhenLongTrainingRunsOnOneInstance() {
        Finding f = assertStatus(ID, workload().training(Training.builder().distributionStrategy(DistributionStrategy.NONE)
                .durationHours(12.0).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "training jobs of 12.0 hours (at least 4 hours) run on a single instance instead of being distributed");
        assertThat(f.actions()).singleElement().asString().contains("model parallelism");
    }

    @Test
    void partiallyMetWhenDistributedTrainingIsSelfManaged() {
        Finding f = assertStatus(ID, workload().training(distributed().platform(TrainingPlatform.SELF_MANAGED_CLUSTER).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("manages itself");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .containsExactlyInAnyOrder("training.distributionStrategy", "training.durationHours", "context.ownDataProcessing");
    }

    @Test
    void insufficientEvidenceWhenSingleInstanceButDurationUnknown() {
        Finding f = assertStatus(ID, workload().training(Training.builder().distributionStrategy(DistributionStrategy.NONE)
                .build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.durationHours", "context.ownDataProcessing");
    }

    @Test
    void notApplicableToShortSingleInstanceTraining() {
        Finding f = assertStatus(ID, workload().training(Training.builder().distributionStrategy(DistributionStrategy.NONE)
                .durationHours(1.5).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("training.durationHours = 1.5");
    }

    @Test
    void partiallyMetWhenDistributedClusterIsUnderused() {
        Finding f = assertStatus(ID, workload().training(distributed().resourceUtilizationPct(30.0).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the distributed cluster uses 30.0 % of its capacity, below the 50 % policy line:"
                + " it is larger than the job can use");
        assertThat(f.actions()).singleElement().asString().contains("communication overhead");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "the workload trains no model of its own");
    }
}
