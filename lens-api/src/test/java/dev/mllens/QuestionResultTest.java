package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import dev.mllens.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer a question's findings give in the tool, and the question risk mllens reports from it. */
class QuestionResultTest {

    private static final Question MLSEC04 = Lens.catalog().question("MLSEC04").orElseThrow();

    private static QuestionResult answer(Status bp01, Status bp02, Status bp03) {
        List<Finding> findings = new ArrayList<>();
        Status[] statuses = {bp01, bp02, bp03};
        for (int i = 0; i < 3; i++) {
            String id = MLSEC04.practiceIds().get(i);
            findings.add(new Finding(id, "t", Pillar.SECURITY, MLSEC04.phase(), "MLSEC04", statuses[i],
                    Risk.of(statuses[i], Lens.catalog().require(id).risk()), "r", null, null, null, null));
        }
        return QuestionResult.of(MLSEC04, findings);
    }

    @Test
    void metPracticesAreSelectedAndNotApplicableOnesMarked() {
        QuestionResult q = answer(Status.MET, Status.NOT_APPLICABLE, Status.PARTIALLY_MET);
        assertThat(q.selectedChoices()).containsExactly("MLSEC04_BP01");
        assertThat(q.notApplicableChoices()).containsExactly("MLSEC04_BP02");
        assertThat(q.risk()).as("BP01 && BP02 with BP02 neutral").isEqualTo(Risk.NONE);
    }

    @Test
    void aPartiallyMetPracticeIsNotASelectedChoice() {
        QuestionResult q = answer(Status.MET, Status.PARTIALLY_MET, Status.MET);
        assertThat(q.selectedChoices()).containsExactly("MLSEC04_BP01", "MLSEC04_BP03");
        assertThat(q.risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void noneOfTheseWhenTheEvidenceDecidesEveryPracticeAndNoneIsMet() {
        QuestionResult q = answer(Status.NOT_MET, Status.PARTIALLY_MET, Status.NOT_APPLICABLE);
        assertThat(q.selectedChoices()).containsExactly("MLSEC04_no");
        assertThat(q.risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void unansweredWhenNothingIsMetOrNotApplicableAndEvidenceIsMissing() {
        QuestionResult q = answer(Status.NOT_MET, Status.INSUFFICIENT_EVIDENCE, Status.PARTIALLY_MET);
        assertThat(q.selectedChoices()).isEmpty();
        assertThat(q.notApplicableChoices()).isEmpty();
        assertThat(q.risk()).isEqualTo(Risk.UNANSWERED);
        assertThat(q.answered()).isFalse();
        // with something marked not applicable the question is answered, and the missing practice is not selected
        QuestionResult marked = answer(Status.NOT_APPLICABLE, Status.INSUFFICIENT_EVIDENCE, Status.NOT_MET);
        assertThat(marked.selectedChoices()).isEmpty();
        assertThat(marked.risk()).isEqualTo(Risk.HIGH);
    }

    @Test
    void everyPracticeNotApplicableMakesTheQuestionNotApplicable() {
        QuestionResult q = answer(Status.NOT_APPLICABLE, Status.NOT_APPLICABLE, Status.NOT_APPLICABLE);
        assertThat(q.selectedChoices()).isEmpty();
        assertThat(q.risk()).isEqualTo(Risk.NOT_APPLICABLE);
    }

    @Test
    void theSampleHasEveryQuestionWithItsFindingsAndCountsOfBothKinds() {
        Assessment a = MlLens.engine().assess(Samples.fraudDetection());
        assertThat(a.questions()).hasSize(35);
        assertThat(a.questions()).allSatisfy(q -> assertThat(q.findings()).extracting(Finding::bestPracticeId)
                .containsExactlyElementsOf(q.question().practiceIds()));
        assertThat(a.questionRiskCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(35);
        assertThat(a.questionRiskCountsByPillar().get(Pillar.SECURITY).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(6);
        // the sample leaves MLCOST05-BP01 undecided and meets nothing of MLCOST05: the one unanswered question
        assertThat(a.questions()).filteredOn(q -> !q.answered()).extracting(QuestionResult::questionId)
                .containsExactly("MLCOST05");
        Map<Risk, Integer> counts = a.questionRiskCounts();
        assertThat(counts.get(Risk.UNANSWERED)).isEqualTo(1);
        assertThat(a.question("MLPERF05")).get().satisfies(q -> {
            assertThat(q.selectedChoices()).containsExactly("MLPERF05_BP02");
            assertThat(q.risk()).as("either practice is enough").isEqualTo(Risk.NONE);
        });
    }

    @Test
    void aQuestionIsInScopeOnlyWithAllItsPractices() {
        LensEngine engine = MlLens.engine();
        Assessment one = engine.assess(Samples.fraudDetection(), AssessmentOptions.builder().practices("MLSEC04-BP02").build());
        assertThat(one.questions()).isEmpty();
        assertThat(one.questionRiskCounts().values()).containsOnly(0);
        Assessment whole = engine.assess(Samples.fraudDetection(),
                AssessmentOptions.builder().practices("MLSEC04-BP01", "MLSEC04-BP02", "MLSEC04-BP03").build());
        assertThat(whole.questions()).extracting(QuestionResult::questionId).containsExactly("MLSEC04");
        Assessment security = engine.assess(Samples.fraudDetection(), AssessmentOptions.builder().pillars(Pillar.SECURITY).build());
        assertThat(security.questions()).hasSize(6);
        assertThat(security.questionRiskCountsByPillar()).containsOnlyKeys(Pillar.SECURITY);
    }

    @Test
    void aWaiverMarksTheChoiceNotApplicable() {
        Assessment a = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder()
                .waive("MLSEC05-BP01", WaiverReason.BUSINESS_PRIORITIES, "internal model, no public callers").build());
        QuestionResult q = a.question("MLSEC05").orElseThrow();
        assertThat(q.notApplicableChoices()).containsExactly("MLSEC05_BP01");
        assertThat(q.risk()).isEqualTo(Risk.NOT_APPLICABLE);
        assertThat(Set.copyOf(q.selectedChoices())).isEmpty();
    }
}
