package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.HpoMethod;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLCOST04_BP10Test {

    private static final String ID = "MLCOST04-BP10";

    private static Training.Builder tuned() {
        return Training.builder().hpoMethod(HpoMethod.BAYESIAN).hpoWarmStart(true).durationHours(3.0).checkpointing(true);
    }

    @Test
    void metWhenTuningWarmStartsAndJobsCheckpoint() {
        Finding f = assertStatus(ID, workload().training(tuned().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoWarmStart = true", "training.checkpointing = true");
    }

    @Test
    void notMetWhenTuningStartsColdAndJobsSaveNoCheckpoints() {
        Finding f = assertStatus(ID, workload().training(tuned().hpoWarmStart(false).checkpointing(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("each hyperparameter tuning job starts cold instead of reusing earlier tuning results");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void notMetWhenLongManualTrainingSavesNoCheckpoints() {
        Finding f = assertStatus(ID, workload().training(Training.builder().hpoMethod(HpoMethod.MANUAL).durationHours(8.0)
                .checkpointing(false).build()).build(), Status.NOT_MET);
        assertThat(f.actions()).singleElement().asString().contains("checkpoint location");
    }

    @Test
    void partiallyMetWhenWarmStartButNoCheckpoints() {
        Finding f = assertStatus(ID, workload().training(tuned().checkpointing(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("save no checkpoints");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("training.hpoMethod", "training.checkpointing");
    }

    @Test
    void notApplicableToShortOnDemandJobsWithoutAutomatedTuning() {
        Finding f = assertStatus(ID, workload().training(Training.builder().hpoMethod(HpoMethod.MANUAL).durationHours(0.5)
                .spotCapacity(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("training.hpoMethod = MANUAL", "training.durationHours = 0.5",
                "training.spotCapacity = false");
    }

    @Test
    void insufficientEvidenceWhenShortJobsMayRunOnSpot() {
        Finding f = assertStatus(ID, workload().training(Training.builder().hpoMethod(HpoMethod.MANUAL).durationHours(0.5)
                .build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .containsExactlyInAnyOrder("training.spotCapacity", "training.checkpointing", "context.ownDataProcessing");
    }

    @Test
    void partiallyMetWhenShortSpotJobsSaveNoCheckpoints() {
        Finding f = assertStatus(ID, workload().training(tuned().durationHours(0.5).spotCapacity(true).checkpointing(false)
                .build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("interruptible");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
