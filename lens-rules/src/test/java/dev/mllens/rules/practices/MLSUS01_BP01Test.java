package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Governance;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Sustainability;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLSUS01_BP01Test {

    private static final String ID = "MLSUS01-BP01";

    private static Governance cadence(Cadence c) {
        return Governance.builder().reviewCadence(Map.of(ReviewTopic.SUSTAINABILITY, c)).build();
    }

    @Test
    void metWhenGoalsFootprintNetImpactAndReviewInPlace() {
        Finding f = assertStatus(ID, workload()
                .sustainability(Sustainability.builder().goalsDefined(Attestation.of(true))
                        .footprintMeasured(Attestation.yes("Customer Carbon Footprint Tool, monthly"))
                        .netImpactAssessed(Attestation.of(true)).build())
                .governance(cadence(Cadence.QUARTERLY)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("governance.reviewCadence[SUSTAINABILITY] = QUARTERLY");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWithoutGoalsOrMeasurement() {
        Finding f = assertStatus(ID, workload()
                .sustainability(Sustainability.builder().goalsDefined(Attestation.of(false))
                        .footprintMeasured(Attestation.of(false)).netImpactAssessed(Attestation.of(false)).build())
                .governance(cadence(Cadence.NONE)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("the energy use and carbon footprint of the workload are not measured");
    }

    @Test
    void partiallyMetWhenGoalsSetButNeverReviewed() {
        Finding f = assertStatus(ID, workload()
                .sustainability(Sustainability.builder().goalsDefined(Attestation.of(true))
                        .footprintMeasured(Attestation.of(true)).netImpactAssessed(Attestation.of(true)).build())
                .governance(cadence(Cadence.AD_HOC)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "sustainability metrics and progress against targets are not reviewed on a recurring schedule");
        assertThat(f.actions()).hasSize(1).first().asString().contains("regular cadence");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("sustainability.goalsDefined", "sustainability.footprintMeasured",
                        "governance.reviewCadence[SUSTAINABILITY]");
    }
}
