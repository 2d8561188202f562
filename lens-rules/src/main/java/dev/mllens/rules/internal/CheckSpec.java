package dev.mllens.rules.internal;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.ImprovementStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a practice rule declares about the checks it emits, read from the rule itself when the rules
 * load, so that no rule body repeats it:
 * <pre>
 * rule "MLSEC04-BP02 inter-node traffic encrypted"    // practice id, then the label
 *     &#64;core("S1")                                      // or &#64;supporting("S2"): the step that fixes a gap
 *     &#64;label("...")                                    // optional: a label shared by several rules
 * </pre>
 *
 * @param practice the practice the rule belongs to (the id its name starts with)
 * @param label the check's label: {@code @label}, else the rule name after the practice id
 * @param core whether the check is core ({@code @core}) rather than supporting ({@code @supporting})
 * @param steps the improvement steps that close a gap of this check: one, or (rarely) several of which each
 *     check names one with {@link Check#fixedBy}
 * @param rule the rule's name, for error messages
 * @param positions each step's place among the practice's steps, in the order of {@code steps}: every check
 *     emitted needs its step's, and finding it in the practice each time was a twentieth of an assessment
 *     (the practice's steps are rarely in the processor's cache by then)
 */
@API(status = API.Status.INTERNAL)
public record CheckSpec(BestPractice practice, String label, boolean core, List<ImprovementStep> steps, String rule,
        List<Integer> positions) {

    private static final String DROOLS_LABEL = "org.kie.api.definition.type.Label";

    public CheckSpec {
        steps = List.copyOf(steps);
        // one instance per label, so that the checks of an assessment are gathered by comparing references
        label = label.intern();
        positions = List.copyOf(positions);
        if (positions.size() != steps.size()) {
            throw new IllegalArgumentException("one position per step: " + positions + " for " + steps);
        }
    }

    /** A spec whose steps' positions are looked up in the practice. */
    public CheckSpec(BestPractice practice, String label, boolean core, List<ImprovementStep> steps, String rule) {
        this(practice, label, core, steps, rule, steps.stream().map(s -> practice.steps().indexOf(s)).toList());
    }

    /** The step that fixes this check: the one declared, or the one the check names among several. */
    ImprovementStep stepOf(Check check) {
        return steps.get(indexOf(check));
    }

    /** The index in {@link #steps} of the step that fixes this check. */
    int indexOf(Check check) {
        if (check.fixedBy() == null) {
            if (steps.size() > 1) {
                throw new IllegalStateException("rule '" + rule + "' declares several steps, so each check must name one with fixedBy(..)");
            }
            return 0;
        }
        for (int i = 0; i < steps.size(); i++) { // a loop, not a stream: this runs for every check emitted
            if (steps.get(i).key().equals(check.fixedBy())) {
                return i;
            }
        }
        throw new IllegalStateException("rule '" + rule + "' names step " + check.fixedBy()
                + ", which it does not declare (it declares " + steps.stream().map(ImprovementStep::key).toList() + ")");
    }

    /**
     * The spec of a rule from its name and metadata, or null for a rule that declares no check (it may
     * only emit {@link NotApplicable}). Throws, naming the rule, when the metadata is malformed or cites a
     * step the practice does not have.
     */
    public static CheckSpec of(BestPractice practice, String ruleName, Map<String, Object> metadata) {
        Object core = metadata.get("core");
        Object supporting = metadata.get("supporting");
        // DRL compiled without the executable model resolves @label to Drools' own Label annotation
        Object label = metadata.getOrDefault("label", metadata.get(DROOLS_LABEL));
        for (String key : metadata.keySet()) {
            if (!key.equals("core") && !key.equals("supporting") && !key.equals("label") && !key.equals(DROOLS_LABEL)) {
                throw new IllegalStateException("rule '" + ruleName + "': unknown metadata @" + key
                        + " (rules declare @core(\"S<n>\") or @supporting(\"S<n>\"), and optionally @label(\"...\"))");
            }
        }
        if (core != null && supporting != null) {
            throw new IllegalStateException("rule '" + ruleName + "' is both @core and @supporting");
        }
        if (core == null && supporting == null) {
            if (label != null) {
                throw new IllegalStateException("rule '" + ruleName + "' has a @label but neither @core nor @supporting");
            }
            return null;
        }
        List<ImprovementStep> steps = new ArrayList<>();
        for (String key : text(core != null ? core : supporting).split("[\\s,]+")) {
            steps.add(practice.step(key).orElseThrow(() -> new IllegalStateException("rule '" + ruleName
                    + "' cites improvement step " + key + ", which " + practice.id() + " does not have (it has "
                    + practice.steps().stream().map(ImprovementStep::key).toList() + ")")));
        }
        String name = label != null ? text(label) : ruleName.substring(practice.id().length()).strip();
        if (name.isEmpty()) {
            throw new IllegalStateException("rule '" + ruleName + "' needs a label: a name after the practice id, or @label");
        }
        return new CheckSpec(practice, name, core != null, steps, ruleName);
    }

    /** Whether another rule's checks of the same label agree with this one on kind and step. */
    public boolean agreesWith(CheckSpec other) {
        return core == other.core && steps.equals(other.steps);
    }

    /** Metadata values arrive quoted or not depending on how they were written. */
    static String text(Object value) {
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
