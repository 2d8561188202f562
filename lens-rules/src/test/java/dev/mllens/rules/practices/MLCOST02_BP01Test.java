package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import org.junit.jupiter.api.Test;

class MLCOST02_BP01Test {

    private static final String ID = "MLCOST02-BP01";

    private static BusinessGoal.Builder framed() {
        Attestation yes = Attestation.of(true);
        return BusinessGoal.builder().kpisDefined(yes).dataAvailabilityAssessed(yes).costBenefitModel(yes)
                .nonMlBaselineEvaluated(yes).mlJustificationDocumented(Attestation.yes("decision log 2025-03"));
    }

    @Test
    void metWhenMlComparedWithABaselineAndJustified() {
        Finding f = assertStatus(ID, workload().businessGoal(framed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("businessGoal.mlJustificationDocumented = attested yes (decision log 2025-03)");
    }

    @Test
    void notMetWhenMlChosenWithoutAlternatives() {
        Finding f = assertStatus(ID, workload().businessGoal(framed().nonMlBaselineEvaluated(Attestation.of(false))
                .mlJustificationDocumented(Attestation.of(false)).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).hasSize(2);
        assertThat(f.actions()).anyMatch(a -> a.contains("baseline")).anyMatch(a -> a.contains("justify its cost"));
    }

    @Test
    void partiallyMetWhenBaselineMeasuredButDecisionUndocumented() {
        Finding f = assertStatus(ID, workload().businessGoal(framed().mlJustificationDocumented(Attestation.of(false))
                .costBenefitModel(Attestation.of(false)).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("full lifecycle cost"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("businessGoal.nonMlBaselineEvaluated", "businessGoal.mlJustificationDocumented");
    }
}
