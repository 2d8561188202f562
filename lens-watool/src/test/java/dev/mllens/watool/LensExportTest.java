package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.watool.internal.ToolText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The exported custom lens against every limit of the tool's lens format, and against the official file. */
class LensExportTest {

    private static final String EXPORT = WaTool.lensExport();
    private static final JsonNode LENS = OfficialLens.JSON.readTree(EXPORT);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{3,128}");

    private static List<JsonNode> all(String path) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : LENS.get("pillars")) {
            if (path.equals("pillars")) {
                out.add(p);
                continue;
            }
            for (JsonNode q : p.get("questions")) {
                if (path.equals("questions")) {
                    out.add(q);
                    continue;
                }
                q.get("choices").forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void countsAndSizeAreWithinTheFormatsLimits() {
        assertThat(LENS.get("schemaVersion").asString()).isEqualTo("2021-11-01");
        assertThat(EXPORT.length()).as("characters in the file").isLessThanOrEqualTo(500_000);
        assertThat(LENS.get("pillars")).hasSizeLessThanOrEqualTo(10);
        for (JsonNode p : all("pillars")) {
            assertThat(p.get("questions")).as(p.get("id").asString()).hasSizeBetween(1, 20);
        }
        for (JsonNode q : all("questions")) {
            assertThat(q.get("choices")).as(q.get("id").asString()).hasSizeBetween(2, 15);
        }
        assertThat(all("questions")).hasSize(35);
        assertThat(all("choices")).hasSize(140);
    }

    @Test
    void idsAreOfTheAllowedCharactersAndLengthAndUnique() {
        Set<String> seen = new HashSet<>();
        for (String kind : List.of("pillars", "questions", "choices")) {
            for (JsonNode n : all(kind)) {
                String id = n.get("id").asString();
                assertThat(id).as(kind + " id").matches(ID);
                assertThat(seen.add(id)).as("unique id " + id).isTrue();
            }
        }
    }

    @Test
    void namesTitlesDescriptionsAndDisplayTextsKeepToTheLimitsAndCharacterSet() {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"lens name", LENS.get("name").asString(), "128"});
        texts.add(new String[] {"lens description", LENS.get("description").asString(), "2048"});
        all("pillars").forEach(p -> texts.add(new String[] {"pillar name", p.get("name").asString(), "128"}));
        for (JsonNode q : all("questions")) {
            texts.add(new String[] {q.get("id") + " title", q.get("title").asString(), "128"});
            texts.add(new String[] {q.get("id") + " description", q.get("description").asString(), "2048"});
        }
        for (JsonNode c : all("choices")) {
            texts.add(new String[] {c.get("id") + " title", c.get("title").asString(), "128"});
            for (String part : List.of("helpfulResource", "improvementPlan")) {
                if (c.has(part)) {
                    texts.add(new String[] {c.get("id") + " " + part, c.get(part).get("displayText").asString(), "2048"});
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(2 + 6 + 70 + 140 + 105 * 2);
        for (String[] t : texts) {
            assertThat(t[1]).as(t[0]).isNotBlank().hasSizeLessThanOrEqualTo(Integer.parseInt(t[2]));
            assertThat(ToolText.allowed(t[1])).as(t[0] + " uses only letters, digits, space, line breaks and - _ . , : / ( ) @ ! & # + ' ?: " + t[1]).isTrue();
        }
    }

    @Test
    void sameIdsTitlesAndRulesAsTheOfficialFileWithAnImprovementPlanForEveryPractice() {
        Map<String, JsonNode> official = OfficialLens.questions();
        List<JsonNode> mine = all("questions");
        assertThat(mine).extracting(q -> q.get("id").asString()).containsExactlyElementsOf(official.keySet());
        for (JsonNode q : mine) {
            JsonNode o = official.get(q.get("id").asString());
            assertThat(q.get("riskRules")).as(q.get("id") + " rules").isEqualTo(o.get("riskRules"));
            assertThat(q.get("choices")).extracting(c -> c.get("id").asString())
                    .containsExactlyElementsOf(o.get("choices").valueStream().map(c -> c.get("id").asString()).toList());
            for (JsonNode c : q.get("choices")) {
                String id = c.get("id").asString();
                if (id.endsWith("_no")) {
                    assertThat(c.has("improvementPlan")).as(id).isFalse();
                    continue;
                }
                BestPractice p = Lens.catalog().require(id.replace('_', '-'));
                assertThat(c.get("title").asString()).isEqualTo(p.title());
                JsonNode plan = c.get("improvementPlan");
                assertThat(plan.get("url").asString()).isEqualTo(p.documentationUrl());
                assertThat(plan.get("displayText").asString()).as(id)
                        .startsWith("1. " + ToolText.sanitize(p.improvementSteps().get(0)))
                        .contains(p.improvementSteps().size() + ". ");
                assertThat(c.get("helpfulResource").get("url").asString()).isEqualTo(p.documentationUrl());
            }
        }
        assertThat(all("pillars")).extracting(p -> p.get("id").asString()).containsExactly("operationalExcellence",
                "security", "reliability", "performance", "costOptimization", "sustainability");
    }

    @Test
    void questionTextsAreMllensOwnWordsNotTheOfficialProse() {
        List<String> officialProse = new ArrayList<>();
        OfficialLens.questions().values().forEach(q -> {
            officialProse.add(q.get("title").asString());
            officialProse.add(q.get("description").asString());
            q.get("choices").forEach(c -> officialProse.add(c.get("helpfulResource").get("displayText").asString()));
        });
        Set<String> officialRuns = runs(officialProse, 7);
        for (JsonNode q : all("questions")) {
            for (String field : List.of("title", "description")) {
                Set<String> mine = runs(List.of(q.get(field).asString()), 7);
                mine.retainAll(officialRuns);
                assertThat(mine).as(q.get("id") + " " + field + " shares no run of 7 words with the official prose").isEmpty();
            }
        }
    }

    /** Every run of {@code n} consecutive words, lower case, punctuation dropped. */
    private static Set<String> runs(List<String> texts, int n) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            String[] w = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
            for (int i = 0; i + n <= w.length; i++) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
            }
        }
        return out;
    }

    @Test
    void theImportLensCallAcceptsTheFile() throws Exception {
        List<List<String>> errors = Botocore.check("ImportLensInput",
                List.of(Map.of("JSONString", EXPORT, "ClientRequestToken", "mllens-lens-export-test")));
        assertThat(errors.get(0)).isEmpty();
    }
}
