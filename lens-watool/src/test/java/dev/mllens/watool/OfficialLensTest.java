package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import dev.mllens.lens.RiskRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The facts mllens carries over from the official custom-lens file: ids, practice titles, risk rules. */
class OfficialLensTest {

    private final Lens lens = Lens.catalog();

    @Test
    void bundledRiskRulesEqualTheOfficialFile() {
        Map<String, JsonNode> official = OfficialLens.questions();
        assertThat(official.keySet()).containsExactlyElementsOf(lens.questions().stream().map(Question::id).toList());
        for (Question q : lens.questions()) {
            List<String> expected = new ArrayList<>();
            for (JsonNode r : official.get(q.id()).get("riskRules")) {
                expected.add(r.get("risk").asString() + " = " + r.get("condition").asString());
            }
            assertThat(q.riskRules()).extracting(RiskRule::toString).as(q.id()).containsExactlyElementsOf(expected);
            assertThat(q.riskRules()).as(q.id()).isEqualTo(OfficialLens.rules(q.id()));
        }
    }

    @Test
    void pillarsQuestionsAndChoicesHaveTheOfficialIdsAndPracticeTitles() {
        List<String> pillarIds = new ArrayList<>();
        for (JsonNode p : OfficialLens.ROOT.get("pillars")) {
            pillarIds.add(p.get("id").asString());
            for (JsonNode q : p.get("questions")) {
                Question mine = lens.question(q.get("id").asString()).orElseThrow();
                assertThat(WaTool.pillarId(mine.pillar())).isEqualTo(p.get("id").asString());
                List<String> choiceIds = new ArrayList<>();
                for (JsonNode c : q.get("choices")) {
                    String id = c.get("id").asString();
                    choiceIds.add(id);
                    if (!id.endsWith("_no")) {
                        BestPractice bp = lens.require(id.replace('_', '-'));
                        assertThat(bp.title()).as(id).isEqualTo(c.get("title").asString());
                        assertThat(bp.documentationUrl()).as(id).isEqualTo(c.get("improvementPlan").get("url").asString());
                    }
                }
                List<String> expected = new ArrayList<>(mine.choiceIds());
                expected.add(mine.noneChoiceId());
                assertThat(choiceIds).as(mine.id()).containsExactlyElementsOf(expected);
            }
        }
        assertThat(pillarIds).containsExactly("operationalExcellence", "security", "reliability", "performance",
                "costOptimization", "sustainability");
        assertThat(pillarIds).containsExactlyElementsOf(java.util.Arrays.stream(Pillar.values()).map(WaTool::pillarId).toList());
    }
}
