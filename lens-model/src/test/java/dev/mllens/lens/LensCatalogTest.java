package dev.mllens.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The counts the Nov 2025 lens states, checked against the bundled catalog. */
class LensCatalogTest {

    private final Lens lens = Lens.catalog();

    @Test
    void has105PracticesIn35Questions() {
        assertThat(lens.practices()).hasSize(105);
        assertThat(lens.questions()).hasSize(35);
        assertThat(lens.practices()).extracting(BestPractice::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("ML(OPS|SEC|REL|PERF|COST|SUS)0[1-9]-BP[01][0-9]"));
    }

    @Test
    void practicesPerPillarMatchTheLens() {
        Map<Pillar, Long> counts = count(BestPractice::pillar);
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                Pillar.OPERATIONAL_EXCELLENCE, 16L, Pillar.SECURITY, 13L, Pillar.RELIABILITY, 13L,
                Pillar.PERFORMANCE_EFFICIENCY, 18L, Pillar.COST_OPTIMIZATION, 29L, Pillar.SUSTAINABILITY, 16L));
    }

    @Test
    void practicesPerPhaseMatchTheLensAppendix() {
        assertThat(count(BestPractice::phase)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Phase.BUSINESS_GOAL, 8L, Phase.PROBLEM_FRAMING, 15L, Phase.DATA_PROCESSING, 18L,
                Phase.MODEL_DEVELOPMENT, 33L, Phase.DEPLOYMENT, 13L, Phase.MONITORING, 18L));
    }

    @Test
    void riskLevelsMatchTheLens() {
        assertThat(count(BestPractice::risk)).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskLevel.HIGH, 60L, RiskLevel.MEDIUM, 45L));
    }

    @Test
    void everyQuestionIsOnePillarInOnePhase() {
        for (Question q : lens.questions()) {
            assertThat(q.practiceIds()).isNotEmpty().allSatisfy(id -> {
                BestPractice p = lens.require(id);
                assertThat(p.pillar()).isEqualTo(q.pillar());
                assertThat(p.phase()).as(id).isEqualTo(q.phase());
                assertThat(p.questionId()).isEqualTo(q.id());
            });
        }
        assertThat(lens.questions()).noneMatch(q -> q.pillar() == Pillar.RELIABILITY && q.phase() == Phase.BUSINESS_GOAL);
        assertThat(lens.question("MLSEC03")).get().satisfies(q -> {
            assertThat(q.pillar()).isEqualTo(Pillar.SECURITY);
            assertThat(q.phase()).isEqualTo(Phase.DATA_PROCESSING);
            assertThat(q.area()).isEqualTo("Security: Data processing");
            assertThat(q.choiceIds()).containsExactly("MLSEC03_BP01", "MLSEC03_BP02", "MLSEC03_BP03", "MLSEC03_BP04", "MLSEC03_BP05");
            assertThat(q.noneChoiceId()).isEqualTo("MLSEC03_no");
        });
    }

    @Test
    void everyQuestionHasItsOwnTitleDescriptionAndRiskRules() {
        assertThat(lens.questions()).allSatisfy(q -> {
            assertThat(q.title()).as(q.id() + " title").isNotBlank().hasSizeLessThanOrEqualTo(128).endsWith("?");
            assertThat(q.description()).as(q.id() + " description").hasSizeBetween(40, 2048);
            assertThat(q.riskRules()).as(q.id() + " rules").hasSize(3);
            assertThat(q.riskRules().get(2).isDefault()).isTrue();
        });
        assertThat(lens.questions()).extracting(Question::title).doesNotHaveDuplicates();
    }

    @Test
    void everyPracticeHasASummaryAndImprovementSteps() {
        assertThat(lens.practices()).allSatisfy(p -> {
            assertThat(p.summary()).as(p.id() + " summary").isNotBlank();
            assertThat(p.improvementSteps()).as(p.id() + " steps").hasSizeBetween(3, 10);
        });
    }

    @Test
    void knownPracticeHasLensFactsAndToolIds() {
        BestPractice p = lens.require("MLSEC03-BP02");
        assertThat(p.title()).isEqualTo("Secure data and modeling environment");
        assertThat(p.pillar()).isEqualTo(Pillar.SECURITY);
        assertThat(p.phase()).isEqualTo(Phase.DATA_PROCESSING);
        assertThat(p.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(p.questionId()).isEqualTo("MLSEC03");
        assertThat(p.waChoiceId()).isEqualTo("MLSEC03_BP02");
        assertThat(p.documentationUrl())
                .isEqualTo("https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/mlsec03-bp02.html");
    }

    @Test
    void unknownIdIsRejectedWithTheId() {
        assertThat(lens.practice("MLSEC99-BP01")).isEmpty();
        assertThatThrownBy(() -> lens.require("MLSEC99-BP01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MLSEC99-BP01");
    }

    private <K> Map<K, Long> count(Function<BestPractice, K> key) {
        return lens.practices().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void stepsHaveStableKeysThatRulesCite() {
        for (BestPractice p : lens.practices()) {
            assertThat(p.steps()).as(p.id()).extracting(ImprovementStep::key).doesNotHaveDuplicates()
                    .allSatisfy(k -> assertThat(k).matches("S[1-9][0-9]?"));
            assertThat(p.step("S1")).as(p.id() + " S1").isPresent();
        }
        assertThat(lens.require("MLSEC04-BP02").step("S1").orElseThrow().text()).contains("encryption");
        assertThat(lens.require("MLSEC04-BP02").step("S99")).isEmpty();
    }

    @Test
    void conditionalPracticesDeclareTheConditionsTheLensGives() {
        assertThat(lens.practices().stream().filter(p -> !p.appliesWhen().isEmpty()).count()).isEqualTo(67);
        assertThat(lens.require("MLSEC04-BP02").appliesWhen()).containsExactly(Applicability.TRAINS_MODELS);
        assertThat(lens.require("MLSEC03-BP03").appliesWhen()).containsExactly(Applicability.KEEPS_DATA, Applicability.PERSONAL_DATA);
        assertThat(lens.require("MLREL01-BP01").appliesWhen()).containsExactly(Applicability.HOSTED_ENDPOINT);
        assertThat(lens.require("MLSEC01-BP01").appliesWhen()).as("applies to every workload").isEmpty();
    }
}
