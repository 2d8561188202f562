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

class MLSUS06_BP01Test {

    private static final String ID = "MLSUS06-BP01";

    private static Sustainability.Builder measured() {
        return Sustainability.builder().unitOfWorkDefined(Attestation.yes("vCPU minutes per 1000 predictions"))
                .efficiencyRatioTracked(true).improvementTargets(Attestation.of(true));
    }

    private static Governance review(Cadence c) {
        return Governance.builder().reviewCadence(Map.of(ReviewTopic.SUSTAINABILITY, c)).build();
    }

    @Test
    void metWhenRatioTrackedAgainstTargetsAndReviewed() {
        Finding f = assertStatus(ID, workload().sustainability(measured().build()).governance(review(Cadence.MONTHLY)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("sustainability.unitOfWorkDefined = attested yes (vCPU minutes per 1000 predictions)");
    }

    @Test
    void notMetWhenOnlyTotalsAreWatched() {
        Finding f = assertStatus(ID, workload().sustainability(measured().unitOfWorkDefined(Attestation.of(false))
                .efficiencyRatioTracked(false).build()).governance(review(Cadence.MONTHLY)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("resource use is not tracked per unit of work over time, so there is no efficiency baseline");
    }

    @Test
    void partiallyMetWithoutTargets() {
        Finding f = assertStatus(ID, workload().sustainability(measured().improvementTargets(Attestation.of(false)).build())
                .governance(review(Cadence.MONTHLY)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no target is set to reduce resource use per unit of work");
        assertThat(f.actions()).hasSize(1).first().asString().contains("reduction targets");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("sustainability.unitOfWorkDefined", "sustainability.efficiencyRatioTracked");
    }

    @Test
    void resourcesTrackedPerUnitOfWorkShowTheUnitIsDefined() {
        // step 3 divides resource use by units of work: tracking that ratio needs no separate statement of the unit
        Finding f = assertStatus(ID, workload().sustainability(measured().unitOfWorkDefined((Attestation) null).build())
                .governance(review(Cadence.MONTHLY)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("sustainability.efficiencyRatioTracked = true");
        Finding stated = assertStatus(ID, workload().sustainability(measured().unitOfWorkDefined((Attestation) null)
                .efficiencyRatioTracked(false).build()).governance(review(Cadence.MONTHLY)).build(), Status.NOT_MET);
        assertThat(stated.missing()).extracting(m -> m.fact()).containsExactly("sustainability.unitOfWorkDefined");
        Finding undefined = assertStatus(ID, workload().sustainability(measured().unitOfWorkDefined(Attestation.of(false))
                .efficiencyRatioTracked(false).build()).governance(review(Cadence.MONTHLY)).build(), Status.NOT_MET);
        assertThat(undefined.gapTexts()).contains("no unit of work (prediction, training run, transaction) is defined to normalize resource use");
    }
}
