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

class MLCOST04_BP11Test {

    private static final String ID = "MLCOST04-BP11";

    private static Training.Builder automatic() {
        return Training.builder().hpoMethod(HpoMethod.BAYESIAN).earlyStopping(true).hpoParallelJobs(4)
                .experimentTracking(true);
    }

    @Test
    void metWhenBayesianTuningStopsEarlyRunsInParallelAndIsTracked() {
        Finding f = assertStatus(ID, workload().training(automatic().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoMethod = BAYESIAN");
    }

    @Test
    void notMetWhenTunedByHand() {
        Finding f = assertStatus(ID, workload().training(automatic().hpoMethod(HpoMethod.MANUAL).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "hyperparameters are tuned by hand or not at all instead of with automatic model tuning");
        assertThat(f.actions()).singleElement().asString().contains("automatic model tuning job");
    }

    @Test
    void partiallyMetWhenTuningRunsOneJobAtATime() {
        Finding f = assertStatus(ID, workload().training(automatic().hpoParallelJobs(1).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "tuning runs 1 concurrent training jobs (training.hpoParallelJobs), below the policy minimum of 2 run in parallel");
    }

    @Test
    void insufficientEvidenceWhenEarlyStoppingNotStated() {
        Finding f = assertStatus(ID, workload().training(automatic().earlyStopping(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.earlyStopping", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
