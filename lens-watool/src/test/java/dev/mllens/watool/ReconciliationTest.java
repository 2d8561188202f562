package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.MlLens;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Pillar;
import dev.mllens.samples.Samples;
import dev.mllens.watool.Reconciliation.Claim;
import dev.mllens.watool.Reconciliation.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hand-made review of the sample against the evidence, and mllens's own answers read back from the tool. */
class ReconciliationTest {

    private final Assessment sample = MlLens.engine().assess(Samples.fraudDetection());
    private final Reconciliation r = Reconciliation.of(sample, WaTool.readAnswers(Fixtures.review()));

    private List<String> ids(Kind kind) {
        return r.practices(kind).stream().map(Reconciliation.Practice::bestPracticeId).toList();
    }

    @Test
    void theHandMadeReviewHasThreeContradictedClaims() {
        assertThat(ids(Kind.CONTRADICTED)).containsExactly("MLOPS02-BP04", "MLSEC05-BP01", "MLSEC06-BP02");
        Reconciliation.Practice p = r.practices(Kind.CONTRADICTED).get(1);
        assertThat(p.claim()).isEqualTo(Claim.SELECTED);
        assertThat(p.status()).isEqualTo(Status.NOT_MET);
        assertThat(p.explanation()).startsWith("selected in the review; the evidence: not met: ")
                .contains("repeated, probing or abnormal inference requests are not detected");
        assertThat(r.has(EnumSet.of(Kind.CONTRADICTED))).isTrue();
    }

    @Test
    void everyKindOfDisagreementIsFound() {
        assertThat(ids(Kind.APPLIES)).containsExactly("MLREL02-BP03", "MLREL04-BP02");
        // MLPERF06-BP01: the sample does not state whether the cost of human review was weighed (lens step 8)
        assertThat(ids(Kind.ATTESTED)).containsExactly("MLPERF05-BP01", "MLPERF06-BP01", "MLCOST05-BP01");
        assertThat(r.practices(Kind.ATTESTED).get(0).explanation())
                .isEqualTo("selected in the review; the evidence: cannot decide without context.placementDecisionDocumented");
        assertThat(ids(Kind.NOT_CLAIMED)).containsExactly("MLREL01-BP02", "MLCOST02-BP02", "MLCOST04-BP03");
        assertThat(ids(Kind.DOES_NOT_APPLY)).containsExactly("MLPERF04-BP06");
        assertThat(ids(Kind.UNANSWERED)).containsExactly("MLOPS06-BP01", "MLOPS06-BP02");
        assertThat(r.practices(Kind.PARTLY_CONTRADICTED)).hasSize(25).allSatisfy(p ->
                assertThat(p.status()).isEqualTo(Status.PARTIALLY_MET));
        assertThat(r.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Kind.AGREED, 66, Kind.CONTRADICTED, 3,
                Kind.PARTLY_CONTRADICTED, 25, Kind.ATTESTED, 3, Kind.NOT_CLAIMED, 3, Kind.APPLIES, 2, Kind.DOES_NOT_APPLY, 1,
                Kind.UNANSWERED, 2));
        assertThat(r.practices()).hasSize(105);
    }

    @Test
    void questionRisksOfTheReviewStandBesideMllens() {
        assertThat(r.questions()).hasSize(35);
        Reconciliation.Question sec05 = r.questions().stream().filter(q -> q.questionId().equals("MLSEC05")).findFirst().orElseThrow();
        assertThat(sec05.reviewRisk()).isEqualTo(Risk.NONE);
        assertThat(sec05.mllensRisk()).isEqualTo(Risk.HIGH);
        assertThat(r.questions().stream().filter(Reconciliation.Question::agrees)).hasSize(16);
        assertThat(r.questionsNotInReview()).isEmpty();
    }

    @Test
    void textReportPutsTheDangerousCasesFirst() {
        String text = ReconciliationReport.text(r);
        assertThat(text).contains("CONTRADICTED            3  selected in the review, but the evidence says not met",
                "16 of 35 questions have the same risk", "MLSEC05   review NONE           evidence HIGH");
        assertThat(text.indexOf("CONTRADICTED: ")).isLessThan(text.indexOf("ATTESTED: "));
        assertThat(text.indexOf("  MLSEC05-BP01 Protect against adversarial")).isPositive();
    }

    @Test
    void jsonReportCarriesEveryPracticeAndQuestion() {
        JsonNode doc = OfficialLens.JSON.readTree(ReconciliationReport.json(r));
        assertThat(doc.get("workload").get("id").asString()).isEqualTo("card-fraud-detection");
        assertThat(doc.get("review").get("workloadId").asString()).isEqualTo("7d5c2a9e41b04f3c8e6a1b2c3d4e5f60");
        assertThat(doc.get("counts").get("CONTRADICTED").asInt()).isEqualTo(3);
        assertThat(doc.get("practices")).hasSize(105);
        JsonNode first = doc.get("practices").get(0);
        for (String field : List.of("bestPracticeId", "questionId", "choiceId", "title", "review", "status", "kind", "explanation")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(doc.get("questions")).hasSize(35);
        assertThat(doc.get("questions").get(0).has("agrees")).isTrue();
    }

    @Test
    void mllensOwnAnswersReadBackFromTheToolAgreeEverywhere() throws Exception {
        String answers = WaTool.answersJson(sample, AnswerExportTest.WORKLOAD, AnswerExportTest.LENS_ARN);
        String listed = FakeTool.listAnswers(answers, AnswerExportTest.WORKLOAD, AnswerExportTest.LENS_ARN);
        Reconciliation self = Reconciliation.of(sample, WaTool.readAnswers(listed));
        assertThat(self.has(EnumSet.of(Kind.CONTRADICTED, Kind.PARTLY_CONTRADICTED, Kind.APPLIES, Kind.NOT_CLAIMED,
                Kind.DOES_NOT_APPLY))).isFalse();
        assertThat(ids(Kind.ATTESTED)).isNotEmpty();
        assertThat(self.practices(Kind.ATTESTED)).isEmpty();
        // the unanswered question stays unanswered; everything else agrees
        assertThat(self.practices(Kind.UNANSWERED)).extracting(Reconciliation.Practice::questionId).containsOnly("MLCOST05");
        assertThat(self.questions()).allSatisfy(q -> assertThat(q.agrees()).as(q.questionId()).isTrue());
        assertThat(Botocore.check("ListAnswersOutput", List.of(OfficialLens.JSON.readTree(listed))).get(0)).isEmpty();
    }

    @Test
    void theFixturesHaveTheShapeOfTheToolsOutput() throws Exception {
        List<JsonNode> pages = new java.util.ArrayList<>();
        OfficialLens.JSON.readerFor(JsonNode.class).<JsonNode>readValues(Fixtures.listAnswers()).forEachRemaining(pages::add);
        assertThat(Botocore.check("ListAnswersOutput", pages)).containsExactly(List.of(), List.of());
        assertThat(Botocore.check("GetAnswerOutput", List.of(OfficialLens.JSON.readTree(Fixtures.getAnswer()))))
                .containsExactly(List.of());
    }

    @Test
    void aScopedAssessmentComparesOnlyItsQuestions() {
        Assessment security = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder().pillars(Pillar.SECURITY).build());
        Reconciliation scoped = Reconciliation.of(security, WaTool.readAnswers(Fixtures.review()));
        assertThat(scoped.questions()).hasSize(6);
        assertThat(scoped.questionsOutOfScope()).hasSize(29).contains("MLOPS01", "MLSUS06");
        Reconciliation partial = Reconciliation.of(sample, WaTool.readAnswers(Fixtures.getAnswer()));
        assertThat(partial.questionsNotInReview()).hasSize(34).doesNotContain("MLSEC05");
        assertThat(partial.practices(Kind.UNANSWERED)).hasSize(104);
    }
}
