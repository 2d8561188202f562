package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A CI gate: fails when the engine could not conclude a practice ({@link Assessment#engineErrors()}), when
 * findings reach a {@link Threshold} (HIGH, MEDIUM, or UNANSWERED, which also fails
 * on INSUFFICIENT_EVIDENCE), and fails on silence: an
 * assessment in which the rules decided no practice in scope (every finding INSUFFICIENT_EVIDENCE or
 * waived, or no practice in scope at all) never passes, because a gate that checked nothing says nothing.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Gate {

    /** How many practice ids a verdict names before it says how many more there are. */
    private static final int IDS_NAMED = 5;

    private final Threshold threshold;

    private Gate(Threshold threshold) {
        this.threshold = threshold;
    }

    /** A gate failing on findings at {@code threshold} or more urgent. */
    public static Gate failOn(Threshold threshold) {
        return new Gate(Objects.requireNonNull(threshold, "threshold"));
    }

    /** The threshold at which the gate fails. */
    public Threshold threshold() {
        return threshold;
    }

    /** Whether this finding alone fails the gate: its risk is the threshold or more urgent. */
    public boolean fails(Finding f) {
        return threshold.reachedBy(f.risk());
    }

    /** The verdict on an assessment. */
    public Verdict evaluate(Assessment a) {
        return verdict(a, a.findings().stream().filter(this::fails).toList(), "");
    }

    /** The verdict on a comparison: only findings that are new or worse than the baseline count. */
    public Verdict evaluate(Comparison c) {
        List<Finding> failing = c.changes().stream()
                .filter(ch -> ch.kind() == Comparison.Kind.NEW || ch.kind() == Comparison.Kind.WORSE)
                .map(Comparison.Change::finding).filter(this::fails).toList();
        return verdict(c.assessment(), failing, " new or worse than the baseline");
    }

    private Verdict verdict(Assessment a, List<Finding> failing, String qualifier) {
        int inScope = a.findings().size();
        int decided = decided(a);
        if (!a.engineErrors().isEmpty()) {
            int n = a.engineErrors().size();
            String ids = a.engineErrors().stream().limit(IDS_NAMED).map(dev.mllens.finding.EngineError::bestPracticeId)
                    .collect(Collectors.joining(", ")) + (n > IDS_NAMED ? " and " + (n - IDS_NAMED) + " more" : "");
            return new Verdict(false, failing, decided, inScope, "the engine could not conclude " + n
                    + (n == 1 ? " practice" : " practices") + " (" + ids + "): a gate does not pass an incomplete assessment");
        }
        if (inScope == 0) {
            return new Verdict(false, List.of(), 0, 0, "no practice is in scope, so the gate has nothing to check");
        }
        if (decided == 0) {
            return new Verdict(false, failing, 0, inScope, "no practice in scope was decided (" + inScope + " of "
                    + inScope + " lack the facts or are waived): a gate does not pass on silence; state the facts"
                    + " the report asks for");
        }
        String counted = failing.size() + (failing.size() == 1 ? " finding" : " findings") + " at " + threshold
                + " or above" + qualifier;
        if (failing.isEmpty()) {
            return new Verdict(true, List.of(), decided, inScope, "passed: " + counted + ", " + decided + " of "
                    + inScope + " practices decided");
        }
        return new Verdict(false, failing, decided, inScope, counted + " (" + ids(failing) + ")");
    }

    /** Findings the rules decided from the facts: not undecided, not waived by a person. */
    private static int decided(Assessment a) {
        Set<String> waived = a.waivers().stream().map(Waiver::bestPracticeId).collect(Collectors.toSet());
        return (int) a.findings().stream()
                .filter(f -> f.status() != Status.INSUFFICIENT_EVIDENCE && !waived.contains(f.bestPracticeId()))
                .count();
    }

    private static String ids(List<Finding> failing) {
        String named = failing.stream().limit(IDS_NAMED).map(Finding::bestPracticeId).collect(Collectors.joining(", "));
        return failing.size() > IDS_NAMED ? named + " and " + (failing.size() - IDS_NAMED) + " more" : named;
    }

    @Override
    public String toString() {
        return "Gate[fail on " + threshold + "]";
    }

    /**
     * What the gate concluded.
     *
     * @param passed whether the gate passed
     * @param failing the findings at or above the threshold, in lens order (with a baseline: only the new
     *     or worse ones); may be empty when the gate failed because nothing was decided
     * @param decided findings in scope the rules decided (neither undecided nor waived)
     * @param inScope findings in scope
     * @param summary one line saying why, naming the first failing practices, e.g.
     *     {@code 6 findings at HIGH or above (MLSEC05-BP01, …)}
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Verdict(boolean passed, List<Finding> failing, int decided, int inScope, String summary) {

        public Verdict {
            failing = List.copyOf(failing);
            Objects.requireNonNull(summary, "summary");
        }
    }
}
