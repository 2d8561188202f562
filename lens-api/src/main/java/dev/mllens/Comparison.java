package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import org.apiguardian.api.API;

/**
 * An assessment compared with a {@link Baseline}: for every finding, whether it is new, worse, better or
 * unchanged. {@link #check(Threshold)} is the "freeze" gate: it fails only on findings at or above a risk that
 * are new or worse than the baseline, so known findings do not block a build while nothing regresses.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Comparison {

    /** How a finding moved against the baseline. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Kind {
        /** The baseline has no rating for the practice. */
        NEW,
        /** The risk is more urgent than before, or the same risk with a worse status. */
        WORSE,
        /** The risk is less urgent than before, or the same risk with a better status. */
        BETTER,
        /** Neither worse nor better (MET and NOT_APPLICABLE are equal: neither carries risk). */
        UNCHANGED
    }

    /**
     * One finding against its baseline rating.
     *
     * @param finding the finding of the new assessment
     * @param kind how it moved
     * @param before the baseline's rating; null when the kind is NEW
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Change(Finding finding, Kind kind, Baseline.Rating before) {

        /** The practice id. */
        public String bestPracticeId() {
            return finding.bestPracticeId();
        }

        /** The new rating. */
        public Baseline.Rating after() {
            return new Baseline.Rating(finding.status(), finding.risk());
        }
    }

    private final Assessment assessment;
    private final Baseline baseline;
    private final List<Change> changes;
    private final List<String> dropped;

    Comparison(Assessment assessment, Baseline baseline) {
        if (baseline.workloadId() != null && !baseline.workloadId().equals(assessment.workloadId())) {
            throw new IllegalArgumentException("baseline is for workload '" + baseline.workloadId()
                    + "', the assessment is for '" + assessment.workloadId() + "'");
        }
        this.assessment = assessment;
        this.baseline = baseline;
        this.changes = assessment.findings().stream().map(f -> change(f, baseline)).toList();
        this.dropped = baseline.ratings().keySet().stream().filter(id -> assessment.finding(id).isEmpty()).toList();
    }

    private static Change change(Finding f, Baseline baseline) {
        Baseline.Rating before = baseline.ratings().get(f.bestPracticeId());
        if (before == null) {
            return new Change(f, Kind.NEW, null);
        }
        // Risk is declared most urgent first; a lower ordinal is worse.
        int byRisk = Integer.compare(before.risk().ordinal(), f.risk().ordinal());
        int order = byRisk != 0 ? byRisk : Integer.compare(rank(before.status()), rank(f.status()));
        Kind kind = order > 0 ? Kind.WORSE : order < 0 ? Kind.BETTER : Kind.UNCHANGED;
        return new Change(f, kind, before);
    }

    /** Orders statuses that share a risk: lower is worse. */
    private static int rank(Status s) {
        return switch (s) {
            case NOT_MET -> 0;
            case PARTIALLY_MET -> 1;
            case INSUFFICIENT_EVIDENCE -> 2;
            case MET, NOT_APPLICABLE -> 3;
        };
    }

    public Assessment assessment() { return assessment; }

    public Baseline baseline() { return baseline; }

    /** One change per finding of the assessment, in lens order. */
    public List<Change> changes() { return changes; }

    /** The changes of one kind, in lens order. */
    public List<Change> changes(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Practice ids the baseline rated that are not in the assessment's scope. */
    public List<String> dropped() { return dropped; }

    /** How many findings of each kind; all four keys present. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, 0);
        }
        changes.forEach(c -> m.merge(c.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Findings at or above {@code threshold} that are new or worse than the baseline. */
    public List<Finding> regressionsAtOrAbove(Threshold threshold) {
        return Gate.failOn(threshold).evaluate(this).failing();
    }

    /**
     * The freeze gate: throws {@link AssessmentFailedException} listing the findings at or above
     * {@code threshold} that are new or worse than the baseline, or saying that no practice in scope
     * was decided.
     */
    public Comparison check(Threshold threshold) {
        Gate.Verdict verdict = Gate.failOn(threshold).evaluate(this);
        if (!verdict.passed()) {
            throw new AssessmentFailedException(assessment, verdict);
        }
        return this;
    }

    @Override
    public String toString() {
        return "Comparison[" + assessment.workloadId() + ", " + counts() + "]";
    }
}
