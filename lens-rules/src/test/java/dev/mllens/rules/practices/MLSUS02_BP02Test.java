package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.RegionCriterion;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Sustainability;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLSUS02_BP02Test {

    private static final String ID = "MLSUS02-BP02";

    private static Governance regionReview(Cadence c) {
        return Governance.builder().reviewCadence(Map.of(ReviewTopic.REGION_SELECTION, c)).build();
    }

    private static Sustainability measured() {
        return Sustainability.builder().footprintMeasured(Attestation.of(true)).build();
    }

    @Test
    void metWhenCarbonConsideredTrackedAndReviewed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().computeRegions("eu-north-1")
                        .regionSelectionCriteria(RegionCriterion.SOVEREIGNTY, RegionCriterion.CARBON_INTENSITY).build())
                .sustainability(measured()).governance(regionReview(Cadence.ANNUAL)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("context.computeRegions = [eu-north-1]");
    }

    @Test
    void notMetWhenRegionsChosenOnLatencyAlone() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().regionSelectionCriteria(RegionCriterion.LATENCY).build())
                .sustainability(measured()).governance(regionReview(Cadence.ANNUAL)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("Regions were chosen without considering renewable energy or grid carbon intensity");
    }

    @Test
    void partiallyMetWhenCarbonConsideredOnceButNeverRevisited() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().regionSelectionCriteria(RegionCriterion.LATENCY, RegionCriterion.CARBON_INTENSITY).build())
                .sustainability(measured()).governance(regionReview(Cadence.NONE)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("Reassess Region choices");
    }

    @Test
    void partiallyMetWhenCarbonIsTheOnlyCriterion() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().regionSelectionCriteria(RegionCriterion.CARBON_INTENSITY).build())
                .sustainability(measured()).governance(regionReview(Cadence.ANNUAL)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the Regions were not first narrowed down by data residency, latency or service availability requirements");
        assertThat(f.actions()).hasSize(1).first().asString().contains("data residency");
    }

    @Test
    void insufficientEvidenceWhenCriteriaNotStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.regionSelectionCriteria");
    }
}
