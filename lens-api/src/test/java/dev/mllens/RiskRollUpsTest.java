package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import dev.mllens.samples.Samples;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Risk counts roll up by lifecycle phase and by pillar × phase, for findings and for questions. */
class RiskRollUpsTest {

    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());

    @Test
    void practiceCountsByPhaseAddUpToTheTotalAndCountEachPhasesFindings() {
        Map<Phase, Map<Risk, Integer>> byPhase = SAMPLE.practiceRiskCountsByPhase();
        assertThat(byPhase.keySet()).containsExactly(Phase.values());
        assertThat(sum(byPhase.values())).isEqualTo(SAMPLE.practiceRiskCounts());
        for (Phase phase : Phase.values()) {
            assertThat(byPhase.get(phase)).isEqualTo(counted(SAMPLE.findings(phase)));
            assertThat(total(byPhase.get(phase))).isEqualTo(Lens.catalog().byPhase().get(phase).size());
        }
    }

    @Test
    void eachPillarAndPhaseCellCountsTheFindingsOfItsQuestion() {
        Map<Pillar, Map<Phase, Map<Risk, Integer>>> grid = SAMPLE.practiceRiskCountsByPillarAndPhase();
        int cells = 0;
        for (Question q : Lens.catalog().questions()) {
            List<Finding> ofQuestion = SAMPLE.findings().stream().filter(f -> f.questionId().equals(q.id())).toList();
            assertThat(grid.get(q.pillar()).get(q.phase())).as(q.id()).isEqualTo(counted(ofQuestion));
            assertThat(SAMPLE.practiceRiskCounts(q.pillar(), q.phase())).isEqualTo(counted(ofQuestion));
            cells++;
        }
        assertThat(grid.values().stream().mapToInt(Map::size).sum()).as("one cell per question").isEqualTo(cells).isEqualTo(35);
        grid.forEach((pillar, row) -> assertThat(sum(row.values())).isEqualTo(SAMPLE.practiceRiskCounts(pillar)));
    }

    @Test
    void questionCountsByPhaseAndByCellCountQuestions() {
        Map<Phase, Map<Risk, Integer>> byPhase = SAMPLE.questionRiskCountsByPhase();
        assertThat(sum(byPhase.values())).isEqualTo(SAMPLE.questionRiskCounts());
        for (Phase phase : Phase.values()) {
            long questions = Lens.catalog().questions().stream().filter(q -> q.phase() == phase).count();
            assertThat(total(byPhase.get(phase))).as(phase.name()).isEqualTo((int) questions);
            assertThat(SAMPLE.questionRiskCounts(phase)).isEqualTo(byPhase.get(phase));
        }
        Map<Pillar, Map<Phase, Map<Risk, Integer>>> grid = SAMPLE.questionRiskCountsByPillarAndPhase();
        for (QuestionResult q : SAMPLE.questions()) {
            Map<Risk, Integer> cell = grid.get(q.question().pillar()).get(q.question().phase());
            assertThat(total(cell)).as(q.questionId()).isEqualTo(1);
            assertThat(cell.get(q.risk())).as(q.questionId()).isEqualTo(1);
        }
    }

    @Test
    void scopingByPhaseKeepsOnlyThatPhase() {
        Assessment deployment = MlLens.engine().assess(Samples.fraudDetection(),
                AssessmentOptions.builder().phases(Phase.DEPLOYMENT).build());
        assertThat(deployment.practiceRiskCountsByPhase()).containsOnlyKeys(Phase.DEPLOYMENT);
        assertThat(deployment.questionRiskCountsByPhase()).containsOnlyKeys(Phase.DEPLOYMENT);
        assertThat(deployment.practiceRiskCountsByPhase().get(Phase.DEPLOYMENT))
                .isEqualTo(SAMPLE.practiceRiskCountsByPhase().get(Phase.DEPLOYMENT));
        deployment.practiceRiskCountsByPillarAndPhase().values().forEach(row -> assertThat(row).containsOnlyKeys(Phase.DEPLOYMENT));
        assertThat(deployment.practiceRiskCounts(Phase.MONITORING).values()).allMatch(n -> n == 0);
    }

    private static Map<Risk, Integer> counted(List<Finding> findings) {
        Map<Risk, Integer> m = zero();
        findings.forEach(f -> m.merge(Risk.countKey(f.status(), f.risk()), 1, Integer::sum));
        return m;
    }

    private static Map<Risk, Integer> sum(Iterable<Map<Risk, Integer>> counts) {
        Map<Risk, Integer> m = zero();
        counts.forEach(c -> c.forEach((k, v) -> m.merge(k, v, Integer::sum)));
        return m;
    }

    private static Map<Risk, Integer> zero() {
        Map<Risk, Integer> m = new EnumMap<>(Risk.class);
        for (Risk r : Risk.values()) {
            m.put(r, 0);
        }
        return m;
    }

    private static int total(Map<Risk, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
