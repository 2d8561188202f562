package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Risk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Reading the tool's list-answers and get-answer output, and the errors for what is not that. */
class ReviewReaderTest {

    private static final String ARN = AnswerExportTest.LENS_ARN;

    @Test
    void readsPagedListAnswersAndMergesGetAnswer() {
        Review r = WaTool.readAnswers(Fixtures.review());
        assertThat(r.workloadId()).isEqualTo("7d5c2a9e41b04f3c8e6a1b2c3d4e5f60");
        assertThat(r.lensAlias()).isEqualTo(ARN);
        assertThat(r.questions()).hasSize(35);
        ReviewedQuestion sec05 = r.question("MLSEC05").orElseThrow();
        assertThat(sec05.selectedChoices()).containsExactly("MLSEC05_BP01");
        assertThat(sec05.notes()).as("from get-answer").isEqualTo("Reviewed with the platform team in the spring review.");
        assertThat(sec05.risk()).isEqualTo(Risk.NONE);
        ReviewedQuestion rel04 = r.question("MLREL04").orElseThrow();
        assertThat(rel04.notApplicableChoices()).containsEntry("MLREL04_BP02", ToolReason.BUSINESS_PRIORITIES);
        assertThat(rel04.status("MLREL04_BP02")).isEqualTo(ChoiceStatus.NOT_APPLICABLE);
        assertThat(rel04.status("MLREL04_BP01")).isEqualTo(ChoiceStatus.UNSELECTED);
        assertThat(r.question("MLOPS06").orElseThrow().answered()).isFalse();
    }

    @Test
    void readsOneDocumentAnArrayOfPagesOrGetAnswerAlone() {
        List<JsonNode> pages = new ArrayList<>();
        OfficialLens.JSON.readerFor(JsonNode.class).<JsonNode>readValues(Fixtures.listAnswers()).forEachRemaining(pages::add);
        assertThat(pages).hasSize(2);
        assertThat(WaTool.readAnswers(OfficialLens.JSON.writeValueAsString(pages)).questions()).hasSize(35);
        assertThat(WaTool.readAnswers(pages.get(0).toString()).questions()).hasSize(20);
        Review one = WaTool.readAnswers(Fixtures.getAnswer());
        assertThat(one.questions()).extracting(ReviewedQuestion::questionId).containsExactly("MLSEC05");
    }

    @Test
    void theRiskIsComputedWhenTheOutputHasNone() {
        Review r = WaTool.readAnswers("""
                {"LensAlias": "%s", "AnswerSummaries": [
                  {"QuestionId": "MLSEC04", "SelectedChoices": ["MLSEC04_BP01"],
                   "ChoiceAnswerSummaries": [{"ChoiceId": "MLSEC04_BP02", "Status": "NOT_APPLICABLE"}]},
                  {"QuestionId": "MLSEC05", "IsApplicable": false, "Reason": "OUT_OF_SCOPE"}]}
                """.formatted(ARN));
        assertThat(r.question("MLSEC04").orElseThrow().risk()).isEqualTo(Risk.NONE);
        assertThat(r.question("MLSEC04").orElseThrow().notApplicableChoices()).containsEntry("MLSEC04_BP02", ToolReason.NONE);
        assertThat(r.question("MLSEC05").orElseThrow().risk()).isEqualTo(Risk.NOT_APPLICABLE);
        assertThat(r.question("MLSEC05").orElseThrow().status("MLSEC05_BP01")).isEqualTo(ChoiceStatus.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            not json          => {"AnswerSummaries": [        => $.AnswerSummaries[0]: malformed JSON at line 1
            not an object     => [1]                          => $[0]: expected the output of list-answers or get-answer (an object), got 1
            not the output    => {"Workloads": []}            => $: expected AnswerSummaries (list-answers output) or Answer (get-answer output); found Workloads
            summaries type    => {"AnswerSummaries": {}}      => $.AnswerSummaries: expected an array, got an object
            no question id    => {"AnswerSummaries": [{}]}    => $.AnswerSummaries[0].QuestionId: missing
            another lens      => {"AnswerSummaries": [{"QuestionId": "sec_securely_operate"}]} => $.AnswerSummaries[0].QuestionId: unknown question 'sec_securely_operate': the review is not of the Machine Learning Lens
            an AWS lens       => {"LensAlias": "arn:aws:wellarchitected:us-east-1::lens/serverless", "AnswerSummaries": []} => $.LensAlias: 'arn:aws:wellarchitected:us-east-1::lens/serverless' is not a custom lens
            unknown choice    => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "SelectedChoices": ["MLSEC03_BP01"]}]} => $.AnswerSummaries[0].SelectedChoices[0]: 'MLSEC03_BP01' is not a choice of question MLSEC04 (its choices are MLSEC04_BP01, MLSEC04_BP02, MLSEC04_BP03, MLSEC04_no)
            choice type       => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "SelectedChoices": [3]}]} => $.AnswerSummaries[0].SelectedChoices[0]: expected a choice id (a string), got 3
            wrong pillar      => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "PillarId": "reliability"}]} => $.AnswerSummaries[0].PillarId: question MLSEC04 belongs to pillar 'security', not 'reliability'
            bad status        => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "ChoiceAnswerSummaries": [{"ChoiceId": "MLSEC04_BP01", "Status": "DONE"}]}]} => $.AnswerSummaries[0].ChoiceAnswerSummaries[0].Status: 'DONE' is not one of SELECTED, NOT_APPLICABLE, UNSELECTED
            bad risk          => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "Risk": "LOW"}]} => $.AnswerSummaries[0].Risk: 'LOW' is not one of HIGH, MEDIUM, UNANSWERED, NONE, NOT_APPLICABLE
            applicable type   => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "IsApplicable": "no"}]} => $.AnswerSummaries[0].IsApplicable: expected true or false, got the string "no"
            selected and n/a  => {"AnswerSummaries": [{"QuestionId": "MLSEC04", "SelectedChoices": ["MLSEC04_BP01"], "ChoiceAnswerSummaries": [{"ChoiceId": "MLSEC04_BP01", "Status": "NOT_APPLICABLE"}]}]} => $.AnswerSummaries[0]: choice MLSEC04_BP01 is both selected and not applicable
            none n/a          => {"Answer": {"QuestionId": "MLSEC04", "ChoiceAnswers": [{"ChoiceId": "MLSEC04_no", "Status": "NOT_APPLICABLE"}]}} => $.Answer.ChoiceAnswers[0].Status: choice MLSEC04_no (none of these) cannot be not applicable
            answered twice    => {"AnswerSummaries": [{"QuestionId": "MLSEC04"}, {"QuestionId": "MLSEC04", "SelectedChoices": ["MLSEC04_no"]}]} => $.AnswerSummaries[1]: question MLSEC04 is answered differently at $.AnswerSummaries[0]
            two workloads     => {"WorkloadId": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "AnswerSummaries": []} {"WorkloadId": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "AnswerSummaries": []} => $[1].WorkloadId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' differs from 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' in $[0]: the pages are of different workloads
            empty             => []                           => $: no answers
            """)
    void badInputNamesThePathAndTheProblem(String caseName, String json, String expected) {
        assertThatThrownBy(() -> WaTool.readAnswers(json)).isInstanceOfSatisfying(ReviewFormatException.class, e -> {
            assertThat(e.getMessage()).as(caseName).startsWith(expected).doesNotContain("\n");
            assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem());
        });
    }
}
