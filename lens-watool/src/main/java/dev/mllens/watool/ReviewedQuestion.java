package dev.mllens.watool;

import dev.mllens.finding.Risk;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One question as a review in the AWS Well-Architected Tool answered it.
 *
 * @param questionId e.g. {@code MLSEC03}
 * @param applicable false when the reviewer marked the whole question not applicable
 * @param reason why the question is not applicable, if the tool gave one
 * @param statedRisk the risk the tool reported for the question, or null when the output had none
 * @param selectedChoices the selected choice ids, "none of these" included
 * @param notApplicableChoices the choices marked not applicable, with the tool's reason (NONE when it gave none)
 * @param notes the question's notes ({@code get-answer} output only), or null
 * @param source the JSON path of the answer in the review, for messages
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReviewedQuestion(String questionId, boolean applicable, ToolReason reason, Risk statedRisk,
        List<String> selectedChoices, Map<String, ToolReason> notApplicableChoices, String notes, String source) {

    public ReviewedQuestion {
        Objects.requireNonNull(questionId, "questionId");
        selectedChoices = List.copyOf(selectedChoices);
        notApplicableChoices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notApplicableChoices));
    }

    /** The lens question. */
    public Question question() {
        return Lens.catalog().question(questionId)
                .orElseThrow(() -> new IllegalStateException("not a question of the lens: " + questionId));
    }

    /** A choice's state in the review; every choice of a question marked not applicable is NOT_APPLICABLE. */
    public ChoiceStatus status(String choiceId) {
        if (!applicable || notApplicableChoices.containsKey(choiceId)) {
            return ChoiceStatus.NOT_APPLICABLE;
        }
        return selectedChoices.contains(choiceId) ? ChoiceStatus.SELECTED : ChoiceStatus.UNSELECTED;
    }

    /** Whether the reviewer answered the question at all: something selected or marked not applicable. */
    public boolean answered() {
        return !applicable || !selectedChoices.isEmpty() || !notApplicableChoices.isEmpty();
    }

    /**
     * The question's risk in the review: the risk the tool reported, or, when the output had none, the
     * risk its rules give the answer.
     */
    public Risk risk() {
        if (statedRisk != null) {
            return statedRisk;
        }
        return applicable ? question().risk(java.util.Set.copyOf(selectedChoices), notApplicableChoices.keySet())
                : Risk.NOT_APPLICABLE;
    }
}
