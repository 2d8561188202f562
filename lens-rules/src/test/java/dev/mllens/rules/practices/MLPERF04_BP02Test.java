package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.HpoMethod;
import dev.mllens.workload.ImprovementLever;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLPERF04_BP02Test {

    private static final String ID = "MLPERF04-BP02";

    private static Training.Builder systematic() {
        return Training.builder().baselineModel(Attestation.of(true)).experimentTracking(true)
                .alternativesExplored(ImprovementLever.ALGORITHMS, ImprovementLever.FEATURE_ENGINEERING, ImprovementLever.HYPERPARAMETER_TUNING)
                .hpoMethod(HpoMethod.BAYESIAN);
    }

    private static Governance documented() {
        return Governance.builder().improvementPlan(Attestation.of(true)).build();
    }

    @Test
    void metWhenAlternativesAreExploredSystematically() {
        Finding f = assertStatus(ID, workload().training(systematic().build()).governance(documented()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoMethod = BAYESIAN");
    }

    @Test
    void partiallyMetWhenTuningIsManualAndOnlyAlgorithmsTried() {
        Finding f = assertStatus(ID, workload().training(systematic().alternativesExplored(ImprovementLever.ALGORITHMS)
                .hpoMethod(HpoMethod.MANUAL).build()).governance(documented()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("feature engineering was not explored as a way to improve the model",
                "hyperparameters are set by hand or not tuned (hpoMethod = MANUAL)");
    }

    @Test
    void notMetWithoutBaselineOrTracking() {
        Finding f = assertStatus(ID, workload().training(systematic().baselineModel(Attestation.of(false)).experimentTracking(false).build())
                .governance(documented()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no simple baseline model was recorded to measure alternatives against");
    }

    @Test
    void insufficientEvidenceWhenBaselineNotStated() {
        Finding f = assertStatus(ID, workload().training(systematic().baselineModel(null).build()).governance(documented()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("training.baselineModel", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutOwnTraining() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("trains no model");
    }
}
