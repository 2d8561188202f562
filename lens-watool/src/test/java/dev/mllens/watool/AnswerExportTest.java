package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.MlLens;
import dev.mllens.QuestionResult;
import dev.mllens.WaiverReason;
import dev.mllens.finding.Risk;
import dev.mllens.samples.Samples;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The exported answers: exactly UpdateAnswer's parameters, accepted by botocore, and giving mllens's question risks. */
class AnswerExportTest {

    static final String WORKLOAD = "7d5c2a9e41b04f3c8e6a1b2c3d4e5f60";
    static final String LENS_ARN = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b";
    private static final Set<String> KEYS = Set.of("WorkloadId", "LensAlias", "QuestionId", "SelectedChoices",
            "ChoiceUpdates", "Notes", "IsApplicable", "Reason");

    private final Assessment sample = MlLens.engine().assess(Samples.fraudDetection());

    private static List<JsonNode> elements(String json) {
        return OfficialLens.JSON.readTree(json).valueStream().toList();
    }

    @Test
    void oneElementPerQuestionWithOnlyTheToolsKeys() {
        List<JsonNode> answers = elements(WaTool.answersJson(sample, WORKLOAD, LENS_ARN));
        assertThat(answers).hasSize(35);
        assertThat(answers).extracting(e -> e.get("QuestionId").asString())
                .containsExactlyElementsOf(sample.questions().stream().map(QuestionResult::questionId).toList());
        for (JsonNode e : answers) {
            String q = e.get("QuestionId").asString();
            assertThat(e.propertyNames()).as(q).isSubsetOf(KEYS).contains("WorkloadId", "LensAlias", "QuestionId",
                    "SelectedChoices", "IsApplicable", "Notes");
            assertThat(e.get("WorkloadId").asString()).isEqualTo(WORKLOAD);
            assertThat(e.get("LensAlias").asString()).isEqualTo(LENS_ARN);
            assertThat(e.get("SelectedChoices").isArray()).isTrue();
            assertThat(e.get("Notes").asString()).as(q).hasSizeLessThanOrEqualTo(2084).startsWith("mllens, lens edition 2025-11");
            assertThat(e.has("Reason")).as(q + " reason only when not applicable").isEqualTo(!e.get("IsApplicable").booleanValue());
            if (e.has("ChoiceUpdates")) {
                e.get("ChoiceUpdates").properties().forEach(u -> {
                    assertThat(u.getValue().get("Status").asString()).isEqualTo("NOT_APPLICABLE");
                    assertThat(u.getValue().get("Notes").asString()).hasSizeLessThanOrEqualTo(250);
                    assertThat(u.getKey()).doesNotEndWith("_no");
                    assertThat(e.get("SelectedChoices").valueStream().map(JsonNode::asString)).doesNotContain(u.getKey());
                });
            }
        }
    }

    @Test
    void theToolsRulesGiveTheQuestionRisksMllensReports() {
        Map<String, Risk> fromFile = ToolAnswers.risks(WaTool.answersJson(sample, WORKLOAD, LENS_ARN));
        Map<String, Risk> reported = new HashMap<>();
        sample.questions().forEach(q -> reported.put(q.questionId(), q.risk()));
        assertThat(fromFile).isEqualTo(reported);
        assertThat(sample.questionRiskCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Risk.HIGH, 24, Risk.MEDIUM, 2, Risk.UNANSWERED, 1, Risk.NONE, 8, Risk.NOT_APPLICABLE, 0));
    }

    @Test
    void notApplicablePracticesKeepTheirReasonAndAWhollyWaivedQuestionIsNotApplicable() {
        Assessment waived = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder()
                .waive("MLSEC05-BP01", WaiverReason.BUSINESS_PRIORITIES, "internal callers only")
                .waive("MLREL02-BP03", WaiverReason.ARCHITECTURE_CONSTRAINTS, "data changes arrive by hand from a partner").build());
        Map<String, UpdateAnswer> byQuestion = new LinkedHashMap<>();
        WaTool.answers(waived, WORKLOAD, LENS_ARN).forEach(a -> byQuestion.put(a.questionId(), a));

        UpdateAnswer sec05 = byQuestion.get("MLSEC05");
        assertThat(sec05.isApplicable()).isFalse();
        assertThat(sec05.reason()).isEqualTo(ToolReason.BUSINESS_PRIORITIES);
        assertThat(sec05.selectedChoices()).isEmpty();
        assertThat(sec05.choiceUpdates().get("MLSEC05_BP01").notes()).isEqualTo("waived (BUSINESS_PRIORITIES): internal callers only");

        UpdateAnswer rel02 = byQuestion.get("MLREL02");
        assertThat(rel02.isApplicable()).isTrue();
        assertThat(rel02.choiceUpdates()).containsOnlyKeys("MLREL02_BP03");
        assertThat(rel02.choiceUpdates().get("MLREL02_BP03").reason()).isEqualTo(ToolReason.ARCHITECTURE_CONSTRAINTS);
        // the rules found MLPERF04-BP06 not to apply: out of scope for this workload
        assertThat(byQuestion.get("MLPERF04").choiceUpdates().get("MLPERF04_BP06").reason()).isEqualTo(ToolReason.OUT_OF_SCOPE);
        assertThat(ToolAnswers.risks(WaTool.toJson(List.copyOf(byQuestion.values())))).containsEntry("MLSEC05", Risk.NOT_APPLICABLE)
                .containsEntry("MLREL02", waived.question("MLREL02").orElseThrow().risk());
    }

    @Test
    void notesSayWhyInShortAndFitTheLimit() {
        UpdateAnswer cost05 = WaTool.answers(sample, WORKLOAD, LENS_ARN).stream()
                .filter(a -> a.questionId().equals("MLCOST05")).findFirst().orElseThrow();
        assertThat(cost05.selectedChoices()).isEmpty();
        assertThat(cost05.notes()).contains("question risk UNANSWERED", "MLCOST05-BP01 insufficient evidence: state ",
                "MLCOST05-BP02 not met: ");
        // a question with many long gaps is cut to the limit, each practice keeping its line
        UpdateAnswer cost04 = WaTool.answers(sample, WORKLOAD, LENS_ARN).stream()
                .filter(a -> a.questionId().equals("MLCOST04")).findFirst().orElseThrow();
        assertThat(cost04.notes()).hasSizeLessThanOrEqualTo(UpdateAnswer.MAX_NOTES);
        assertThat(cost04.notes().lines()).hasSize(15);
    }

    @Test
    void aPlaceholderWorkloadIdIsAcceptedAndMalformedIdsAreRejected() {
        assertThat(WaTool.answers(sample, WaTool.PLACEHOLDER_WORKLOAD_ID, LENS_ARN)).allSatisfy(a ->
                assertThat(a.workloadId()).isEqualTo("00000000000000000000000000000000"));
        assertThatThrownBy(() -> WaTool.answers(sample, "ABC", LENS_ARN))
                .hasMessageContaining("32 lower-case hex characters, was 'ABC'");
        assertThatThrownBy(() -> WaTool.answers(sample, WORKLOAD, "arn:aws:wellarchitected::aws:lens/wellarchitected"))
                .hasMessageContaining("arn:aws:wellarchitected:REGION:ACCOUNT:lens/ID");
        assertThatThrownBy(() -> new UpdateAnswer(WORKLOAD, LENS_ARN, "MLSEC05", List.of("MLSEC05_BP01"),
                Map.of("MLSEC05_BP01", new ChoiceUpdate(ChoiceStatus.NOT_APPLICABLE, ToolReason.OTHER, null)), null, true, null))
                .hasMessageContaining("both selected and not applicable");
    }

    @Test
    void botocoreAcceptsEveryExportedElement() throws Exception {
        List<JsonNode> answers = elements(WaTool.answersJson(sample, WORKLOAD, LENS_ARN));
        Assessment waived = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder()
                .waive("MLSEC05-BP01", WaiverReason.OTHER, "a \"quoted\" note; with odd characters <&>").build());
        List<JsonNode> more = elements(WaTool.answersJson(waived, WaTool.PLACEHOLDER_WORKLOAD_ID, LENS_ARN));
        List<JsonNode> all = new java.util.ArrayList<>(answers);
        all.addAll(more);
        List<List<String>> errors = Botocore.check("UpdateAnswerInput", all);
        for (int i = 0; i < all.size(); i++) {
            assertThat(errors.get(i)).as(all.get(i).get("QuestionId").asString()).isEmpty();
        }
    }

    @Test
    void botocoreRejectsWhatTheToolWouldReject() throws Exception {
        JsonNode good = elements(WaTool.answersJson(sample, WORKLOAD, LENS_ARN)).get(0);
        ObjectNode unknownKey = (ObjectNode) good.deepCopy();
        unknownKey.put("Risk", "HIGH");
        ObjectNode badEnum = (ObjectNode) elements(WaTool.answersJson(sample, WORKLOAD, LENS_ARN)).stream()
                .filter(e -> e.has("ChoiceUpdates")).findFirst().orElseThrow().deepCopy();
        ((ObjectNode) badEnum.get("ChoiceUpdates").properties().iterator().next().getValue()).put("Reason", "NOT_NEEDED");
        ObjectNode missing = (ObjectNode) good.deepCopy();
        missing.remove("WorkloadId");
        ObjectNode badId = (ObjectNode) good.deepCopy();
        badId.put("WorkloadId", "not-hex");
        ObjectNode longNotes = (ObjectNode) good.deepCopy();
        longNotes.put("Notes", "x".repeat(2085));
        List<List<String>> errors = Botocore.check("UpdateAnswerInput", List.of(good, unknownKey, badEnum, missing, badId, longNotes));
        assertThat(errors.get(0)).isEmpty();
        assertThat(errors.get(1)).singleElement().asString().contains("Unknown parameter in input: \"Risk\"");
        assertThat(errors.get(2)).singleElement().asString().contains("'NOT_NEEDED' is not one of OUT_OF_SCOPE");
        assertThat(errors.get(3)).singleElement().asString().contains("Missing required parameter in input: \"WorkloadId\"");
        assertThat(String.join(" ", errors.get(4))).contains("does not match [0-9a-f]{32}");
        assertThat(errors.get(5)).singleElement().asString().contains("2085 characters, at most 2084 allowed");
    }
}
