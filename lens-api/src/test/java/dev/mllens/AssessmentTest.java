package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.samples.Samples;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private final LensEngine engine = MlLens.engine();
    private final Workload sample = Samples.fraudDetection();

    @Test
    void assessesEveryPracticeOnceInLensOrder() {
        Assessment a = engine.assess(sample);
        assertThat(a.findings()).hasSize(105);
        assertThat(a.findings()).extracting(Finding::bestPracticeId)
                .containsExactlyElementsOf(Lens.catalog().practices().stream().map(p -> p.id()).toList());
        assertThat(a.practiceRiskCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(105);
        assertThat(a.practiceRiskCounts()).containsOnlyKeys(Risk.UNANSWERED, Risk.HIGH, Risk.MEDIUM, Risk.NONE, Risk.NOT_APPLICABLE);
        assertThat(a.byPillar()).hasSize(6);
        assertThat(engine.practicesWithRules()).as("every practice of the lens has a rule").hasSize(105);
        assertThat(a.unassessed()).isEmpty();
    }

    @Test
    void scopeKeepsPracticesMatchingEveryCriterion() {
        Assessment a = engine.assess(sample, AssessmentOptions.builder()
                .pillars(Pillar.SECURITY).phases(Phase.DATA_PROCESSING).build());
        assertThat(a.findings()).extracting(Finding::bestPracticeId).containsExactly(
                "MLSEC03-BP01", "MLSEC03-BP02", "MLSEC03-BP03", "MLSEC03-BP04", "MLSEC03-BP05");
        Assessment one = engine.assess(sample, AssessmentOptions.builder().practices("MLSEC04-BP02").build());
        assertThat(one.findings()).singleElement().extracting(Finding::bestPracticeId).isEqualTo("MLSEC04-BP02");
    }

    @Test
    void unknownPracticeIdIsRejectedAtOnce() {
        assertThatThrownBy(() -> AssessmentOptions.builder().practices("MLSEC99-BP01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MLSEC99-BP01");
        assertThatThrownBy(() -> Waiver.of("MLSEC04-BP02", WaiverReason.OTHER, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a note");
        assertThatThrownBy(() -> AssessmentOptions.builder()
                .waive("MLSEC04-BP02", WaiverReason.OUT_OF_SCOPE, null)
                .waive("MLSEC04-BP02", WaiverReason.OTHER, "again"))
                .hasMessageContaining("waived twice");
    }

    @Test
    void waiverMakesThePracticeNotApplicableWithItsReason() {
        Workload unencrypted = sample.toBuilder().training(Training.builder()
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).interNodeEncryption(false).build()).build();
        assertThat(engine.assess(unencrypted).finding("MLSEC04-BP02")).get()
                .extracting(Finding::status).isEqualTo(Status.NOT_MET);

        Assessment a = engine.assess(unencrypted, AssessmentOptions.builder()
                .waive("MLSEC04-BP02", WaiverReason.ARCHITECTURE_CONSTRAINTS, "the cluster library cannot encrypt").build());
        Finding f = a.finding("MLSEC04-BP02").orElseThrow();
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.reason()).isEqualTo("waived (ARCHITECTURE_CONSTRAINTS): the cluster library cannot encrypt");
        assertThat(a.waivers()).hasSize(1);
        assertThat(a.practiceRiskCounts().get(Risk.NOT_APPLICABLE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void improvementPlanIsOrderedByRiskAndLeavesOutMetAndNotApplicable() {
        Workload unencrypted = sample.toBuilder().training(Training.builder()
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).interNodeEncryption(false).build()).build();
        Assessment a = engine.assess(unencrypted);
        List<ImprovementPlan.Item> items = a.improvementPlan().items();
        assertThat(items).extracting(ImprovementPlan.Item::bestPracticeId).contains("MLSEC04-BP02");
        assertThat(items).extracting(ImprovementPlan.Item::risk).isSorted();
        assertThat(items).allSatisfy(i -> assertThat(i.status()).isNotIn(Status.MET, Status.NOT_APPLICABLE));
    }

    @Test
    void checkThrowsForFindingsAtOrAboveTheThreshold() {
        Workload unencrypted = sample.toBuilder().training(Training.builder()
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).interNodeEncryption(false).build()).build();
        Assessment a = engine.assess(unencrypted);
        assertThat(a.findingsAtOrAbove(Threshold.HIGH)).extracting(Finding::bestPracticeId).contains("MLSEC04-BP02");
        assertThatThrownBy(() -> a.check(Threshold.HIGH)).isInstanceOfSatisfying(AssessmentFailedException.class,
                e -> assertThat(e.failing()).extracting(Finding::bestPracticeId).contains("MLSEC04-BP02"));
    }

    @Test
    void oneEngineServesManyThreadsWithIdenticalResults() throws Exception {
        Assessment expected = engine.assess(sample);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> futures = pool.invokeAll(java.util.Collections.nCopies(40, () -> engine.assess(sample)));
            for (Future<Assessment> f : futures) {
                assertThat(f.get().findings()).isEqualTo(expected.findings());
            }
        } finally {
            pool.shutdown();
        }
    }
}
