package dev.mllens.lens;

import dev.mllens.finding.Risk;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One risk rule of a question as the AWS Well-Architected Tool applies it: when the condition holds for the
 * question's answer, the question has this risk. A question's rules are tried in order and the first that
 * holds decides (see {@link Question#risk}).
 *
 * <p>Conditions use the tool's grammar: choice ids ({@code MLSEC03_BP01}) joined by {@code !}, {@code &&},
 * {@code ||} and parentheses, or the word {@code default}, which always holds. A choice marked not
 * applicable is neutral: it satisfies {@code &&} and does not satisfy {@code ||}; a condition whose
 * choices are all not applicable asks for nothing that applies, so it holds.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RiskRule {

    private final String condition;
    private final Risk risk;
    private final Condition parsed;
    private final Set<String> choiceIds;

    private RiskRule(String condition, Risk risk) {
        this.condition = Objects.requireNonNull(condition, "condition").strip();
        this.risk = Objects.requireNonNull(risk, "risk");
        if (risk != Risk.HIGH && risk != Risk.MEDIUM && risk != Risk.NONE) {
            throw new IllegalArgumentException("a risk rule gives HIGH, MEDIUM or NONE, not " + risk);
        }
        this.parsed = Condition.parse(this.condition);
        Set<String> ids = new LinkedHashSet<>();
        parsed.collectChoiceIds(ids);
        this.choiceIds = Collections.unmodifiableSet(ids);
    }

    /**
     * A rule from its condition text and risk (HIGH, MEDIUM or NONE).
     *
     * @throws IllegalArgumentException when the condition is malformed, naming the position
     */
    public static RiskRule of(String condition, Risk risk) {
        return new RiskRule(condition, risk);
    }

    /**
     * A rule as the tool's custom-lens format writes it: {@code NO_RISK}, {@code MEDIUM_RISK} or
     * {@code HIGH_RISK}, and the condition.
     */
    public static RiskRule ofTool(String toolRisk, String condition) {
        return new RiskRule(condition, switch (Objects.requireNonNull(toolRisk, "toolRisk")) {
            case "NO_RISK" -> Risk.NONE;
            case "MEDIUM_RISK" -> Risk.MEDIUM;
            case "HIGH_RISK" -> Risk.HIGH;
            default -> throw new IllegalArgumentException("risk must be NO_RISK, MEDIUM_RISK or HIGH_RISK, was '" + toolRisk + "'");
        });
    }

    /** The condition as written, e.g. {@code MLSEC03_BP01 && MLSEC03_BP02}. */
    public String condition() {
        return condition;
    }

    /** The question's risk when this rule decides: HIGH, MEDIUM or NONE. */
    public Risk risk() {
        return risk;
    }

    /** The risk in the tool's words: {@code NO_RISK}, {@code MEDIUM_RISK} or {@code HIGH_RISK}. */
    public String toolRisk() {
        return risk == Risk.NONE ? "NO_RISK" : risk + "_RISK";
    }

    /** Whether the condition is the word {@code default}. */
    public boolean isDefault() {
        return parsed instanceof Condition.Default;
    }

    /** The choice ids the condition names, in order of first appearance. */
    public Set<String> choiceIds() {
        return choiceIds;
    }

    /** Whether the condition holds when these choices are selected and these are marked not applicable. */
    public boolean holds(Set<String> selected, Set<String> notApplicable) {
        return parsed.eval(selected, notApplicable) != Condition.Truth.FALSE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskRule r && r.condition.equals(condition) && r.risk == risk;
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, risk);
    }

    @Override
    public String toString() {
        return toolRisk() + " = " + condition;
    }
}
