package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import org.junit.jupiter.api.Test;

class MLCOST04_BP06Test {

    private static final String ID = "MLCOST04-BP06";

    private static Training.Builder managed() {
        return Training.builder().platform(TrainingPlatform.MANAGED_TRAINING_JOBS).spotCapacity(true)
                .checkpointing(true).experimentTracking(true);
    }

    @Test
    void metWhenManagedSpotJobsCheckpointAndAreTracked() {
        Finding f = assertStatus(ID, workload().training(managed().build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("training.platform = MANAGED_TRAINING_JOBS", "training.checkpointing = true");
    }

    @Test
    void notMetWhenTrainingRunsOnNotebooks() {
        Finding f = assertStatus(ID, workload().training(managed().platform(TrainingPlatform.NOTEBOOK_INSTANCE)
                .spotCapacity(null).build()).build(), Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gapTexts()).singleElement().asString().contains("instead of managed training jobs");
        // nothing else is missing, but whether the workload trains models of its own is not stated
        assertThat(f.missing()).singleElement().satisfies(m -> {
            assertThat(m.fact()).isEqualTo("context.ownDataProcessing");
            assertThat(m.question()).contains("the practice applies only when the workload trains or fine-tunes models of its own");
        });
    }

    @Test
    void partiallyMetWhenSpotJobsWriteNoCheckpoints() {
        Finding f = assertStatus(ID, workload().training(managed().checkpointing(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "Spot training jobs write no checkpoints, so an interruption restarts them from scratch");
        assertThat(f.actions()).singleElement().asString().contains("managed Spot training").contains("checkpoints");
    }

    @Test
    void partiallyMetWhenOnlyOnDemandCapacity() {
        Finding f = assertStatus(ID, workload().training(managed().spotCapacity(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training runs only on on-demand capacity, without managed Spot training");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("training.platform", "training.spotCapacity");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
