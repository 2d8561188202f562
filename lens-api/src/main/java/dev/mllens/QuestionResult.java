package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One question of the lens in an assessment: its findings, the answer they give in the AWS Well-Architected
 * Tool, and the question's risk as the tool computes it from that answer (see {@link Question#risk}).
 *
 * <p>The answer: a MET practice is a selected choice; a NOT_APPLICABLE practice (by the rules or waived) is a
 * choice marked not applicable; a PARTIALLY_MET, NOT_MET or INSUFFICIENT_EVIDENCE practice is neither, since
 * the tool's choice means the practice is in place. "None of these" ({@code MLSEC03_no}) is selected when
 * no practice is MET and the evidence decides every applicable practice (NOT_MET or PARTIALLY_MET, none
 * INSUFFICIENT_EVIDENCE): the evidence then shows that none of them is in place. So a question is
 * UNANSWERED only when nothing of it is MET or not applicable and some practice lacks evidence.
 *
 * @param question the lens question
 * @param findings its findings, in lens order
 * @param selectedChoices the tool's selected choice ids, in lens order
 * @param notApplicableChoices the tool's choice ids marked not applicable, in lens order
 * @param risk UNANSWERED, HIGH, MEDIUM, NONE or NOT_APPLICABLE
 */
@API(status = API.Status.EXPERIMENTAL)
public record QuestionResult(Question question, List<Finding> findings, List<String> selectedChoices,
        List<String> notApplicableChoices, Risk risk) {

    public QuestionResult {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(risk, "risk");
        findings = List.copyOf(findings);
        selectedChoices = List.copyOf(selectedChoices);
        notApplicableChoices = List.copyOf(notApplicableChoices);
    }

    /** The answer the findings of a question give, and the risk the tool computes from it. */
    static QuestionResult of(Question question, List<Finding> findings) {
        List<String> selected = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        boolean undecided = false;
        boolean applies = false;
        for (Finding f : findings) {
            String choice = Lens.catalog().require(f.bestPracticeId()).waChoiceId();
            if (f.status() == Status.MET) {
                selected.add(choice);
            } else if (f.status() == Status.NOT_APPLICABLE) {
                notApplicable.add(choice);
            }
            undecided |= f.status() == Status.INSUFFICIENT_EVIDENCE;
            applies |= f.status() != Status.NOT_APPLICABLE;
        }
        if (selected.isEmpty() && applies && !undecided) {
            selected.add(question.noneChoiceId());
        }
        Risk risk = question.risk(Set.copyOf(selected), Set.copyOf(notApplicable));
        return new QuestionResult(question, findings, selected, notApplicable, risk);
    }

    /** The question id, e.g. {@code MLSEC03}. */
    public String questionId() {
        return question.id();
    }

    /** Whether the answer marks the question unanswered in the tool. */
    public boolean answered() {
        return risk != Risk.UNANSWERED;
    }
}
