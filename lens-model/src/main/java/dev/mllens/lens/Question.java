package dev.mllens.lens;

import dev.mllens.finding.Risk;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A lens question: the best practices of one pillar in one lifecycle phase. Its id is also the AWS
 * Well-Architected Tool question id, and each practice is one of its choices ({@code MLSEC03_BP02}), with
 * a last choice {@code MLSEC03_no} for "none of these".
 *
 * @param id e.g. {@code MLSEC03}
 * @param pillar the pillar
 * @param phase the lifecycle phase
 * @param practiceIds the ids of its best practices, in lens order
 * @param title the question in mllens's words, at most 128 characters
 * @param description what the question covers, in mllens's words
 * @param riskRules the tool's risk rules of the question, in the order they are tried; the last is {@code default}
 */
@API(status = API.Status.STABLE)
public record Question(String id, Pillar pillar, Phase phase, List<String> practiceIds, String title,
        String description, List<RiskRule> riskRules) {

    /** The catalog builds its questions; the form of the risk rules may still change. */
    @API(status = API.Status.EXPERIMENTAL)
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        practiceIds = List.copyOf(practiceIds);
        riskRules = List.copyOf(riskRules);
        if (riskRules.isEmpty() || !riskRules.get(riskRules.size() - 1).isDefault()) {
            throw new IllegalArgumentException("the risk rules of " + id + " must end with 'default'");
        }
        Set<String> known = new HashSet<>(choiceIds(practiceIds));
        known.add(id + "_no");
        for (RiskRule r : riskRules) {
            for (String c : r.choiceIds()) {
                if (!known.contains(c)) {
                    throw new IllegalArgumentException("risk rule '" + r.condition() + "' of " + id
                            + " names '" + c + "', which is not a choice of the question");
                }
            }
        }
    }

    /** "Pillar: Phase", e.g. "Security: Data processing": where the question sits in the lens. */
    public String area() {
        return pillar.displayName() + ": " + phase.displayName();
    }

    /** The tool's choice ids of the practices, in lens order: {@code MLSEC03_BP01}, ... */
    public List<String> choiceIds() {
        return choiceIds(practiceIds);
    }

    /** The tool's "none of these" choice: {@code MLSEC03_no}. */
    public String noneChoiceId() {
        return id + "_no";
    }

    /**
     * The question's risk as the AWS Well-Architected Tool computes it from an answer. In order:
     * every practice choice not applicable gives NOT_APPLICABLE; nothing selected and nothing not
     * applicable gives UNANSWERED; otherwise the first risk rule that holds decides (see {@link RiskRule}
     * for how a not-applicable choice counts). The "none of these" choice counts as a selection.
     *
     * @param selected the selected choice ids ({@code MLSEC03_BP01}, {@code MLSEC03_no})
     * @param notApplicable the practice choice ids marked not applicable
     * @throws IllegalArgumentException for an id that is not a choice of the question, a choice both selected
     *         and not applicable, or "none of these" marked not applicable
     */
    public Risk risk(Set<String> selected, Set<String> notApplicable) {
        Set<String> choices = new LinkedHashSet<>(choiceIds());
        for (String c : selected) {
            if (!choices.contains(c) && !c.equals(noneChoiceId())) {
                throw new IllegalArgumentException("'" + c + "' is not a choice of question " + id);
            }
            if (notApplicable.contains(c)) {
                throw new IllegalArgumentException("choice " + c + " is both selected and not applicable");
            }
        }
        for (String c : notApplicable) {
            if (!choices.contains(c)) {
                throw new IllegalArgumentException(c.equals(noneChoiceId())
                        ? "choice " + c + " (none of these) cannot be not applicable"
                        : "'" + c + "' is not a choice of question " + id);
            }
        }
        if (notApplicable.containsAll(choices)) {
            return Risk.NOT_APPLICABLE;
        }
        if (selected.isEmpty() && notApplicable.isEmpty()) {
            return Risk.UNANSWERED;
        }
        for (RiskRule rule : riskRules) {
            if (rule.holds(selected, notApplicable)) {
                return rule.risk();
            }
        }
        throw new IllegalStateException("the last risk rule of " + id + " is 'default' and always holds");
    }

    private static List<String> choiceIds(List<String> practiceIds) {
        return practiceIds.stream().map(BestPractice::waChoiceId).toList();
    }

    /** The tool's risk rules of the question, in the order they are tried; the last is {@code default}. */
    @API(status = API.Status.EXPERIMENTAL)
    @Override
    public List<RiskRule> riskRules() {
        return riskRules;
    }
}
