package dev.mllens.rules.internal;

import dev.mllens.finding.Evidence;
import dev.mllens.finding.Missing;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.FactDocs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One element of a best practice, judged on one subject (the workload, or one dataset, model or
 * endpoint): the conclusion a practice rule inserts. {@code Conclusions} folds all checks of a practice
 * into its single finding, so every rule speaks the same language:
 * <ul>
 *   <li>{@code core} checks are the essence of the practice: with every core check failing it is NOT_MET;</li>
 *   <li>{@code supporting} checks complete it: failing them leaves it PARTIALLY_MET;</li>
 *   <li>a check whose facts were not stated is UNKNOWN, never FAIL: it yields a {@link Missing} entry.</li>
 * </ul>
 * Checks with the same practice and label (e.g. one per dataset) are combined: any FAIL fails the label.
 */
public final class Check {

    /** The three values of a judged element. */
    public enum Outcome { PASS, FAIL, UNKNOWN }

    private final String practiceId;
    private final String label;
    private final int step;
    private final boolean core;
    private final Outcome outcome;
    private final List<Evidence> evidence;
    private final List<Missing> missing;
    private final String gap;
    private String sortKey; // computed on first use; a benign race, the value is deterministic

    private Check(Builder b, Outcome outcome, List<Missing> missing) {
        this.practiceId = b.practiceId;
        this.label = b.label;
        this.step = b.step;
        this.core = b.core;
        this.outcome = outcome;
        this.evidence = List.copyOf(b.evidence);
        this.missing = List.copyOf(missing);
        this.gap = b.gap != null ? b.gap : b.label + " is not in place";
    }

    /** Starts a core check: the practice cannot be met without it. {@code step} is the 1-based improvement step that fixes it. */
    public static Builder core(String practiceId, int step, String label) {
        return new Builder(practiceId, step, label, true);
    }

    /** Starts a supporting check: it completes the practice. */
    public static Builder supporting(String practiceId, int step, String label) {
        return new Builder(practiceId, step, label, false);
    }

    public String practiceId() { return practiceId; }
    public String label() { return label; }
    public int step() { return step; }
    public boolean core() { return core; }
    public Outcome outcome() { return outcome; }
    public List<Evidence> evidence() { return evidence; }
    public List<Missing> missing() { return missing; }
    /** What is absent, as a sentence; meaningful when the outcome is FAIL. */
    public String gap() { return gap; }
    /** Orders checks of one label deterministically (by their evidence), computed once. */
    String sortKey() {
        String key = sortKey;
        if (key == null) {
            key = evidence + " " + outcome;
            sortKey = key;
        }
        return key;
    }

    @Override
    public String toString() {
        return practiceId + " [" + label + "] " + outcome + " " + evidence;
    }

    // ---- three-valued helpers for rule consequences: null means "not stated" -------------------------

    /** True when {@code value} is one of {@code allowed}; null when value is not stated. */
    @SafeVarargs
    public static <T> Boolean in(T value, T... allowed) {
        return value == null ? null : List.of(allowed).contains(value);
    }

    /** True when {@code value} is none of {@code excluded}; null when value is not stated. */
    @SafeVarargs
    public static <T> Boolean notIn(T value, T... excluded) {
        return value == null ? null : !List.of(excluded).contains(value);
    }

    /** True when the stated collection contains any of {@code wanted}; null when not stated. */
    @SafeVarargs
    public static <T> Boolean containsAny(Collection<T> values, T... wanted) {
        if (values == null) {
            return null;
        }
        for (T w : wanted) {
            if (values.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the stated collection contains all of {@code wanted}; null when not stated. */
    @SafeVarargs
    public static <T> Boolean containsAll(Collection<T> values, T... wanted) {
        return values == null ? null : values.containsAll(List.of(wanted));
    }

    /** True when the stated number is at least {@code min}; null when not stated. */
    public static Boolean atLeast(Number value, double min) {
        return value == null ? null : value.doubleValue() >= min;
    }

    /** True when the stated number is at most {@code max}; null when not stated. */
    public static Boolean atMost(Number value, double max) {
        return value == null ? null : value.doubleValue() <= max;
    }

    /** The statement's value, or null when nobody attested. */
    public static Boolean holds(Attestation a) {
        return a == null ? null : a.holds();
    }

    /** Three-valued AND: false if any is false, else null if any is null, else true. */
    public static Boolean all(Boolean... values) {
        boolean unknown = false;
        for (Boolean v : values) {
            if (Boolean.FALSE.equals(v)) {
                return false;
            }
            unknown |= v == null;
        }
        return unknown ? null : true;
    }

    /** Three-valued OR: true if any is true, else null if any is null, else false. */
    public static Boolean any(Boolean... values) {
        boolean unknown = false;
        for (Boolean v : values) {
            if (Boolean.TRUE.equals(v)) {
                return true;
            }
            unknown |= v == null;
        }
        return unknown ? null : false;
    }

    /** Builds a check from the facts it reads and the verdict on them. */
    public static final class Builder {
        private final String practiceId;
        private final int step;
        private final String label;
        private final boolean core;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<String> unstated = new ArrayList<>();
        private Boolean verdict = true;
        private String gap;
        private String question;

        private Builder(String practiceId, int step, String label, boolean core) {
            this.practiceId = Objects.requireNonNull(practiceId);
            this.step = step;
            this.label = Objects.requireNonNull(label);
            this.core = core;
        }

        /** Records a fact the check reads; a null value is recorded as not stated. */
        public Builder fact(String path, Object value) {
            evidence.add(new Evidence(path, render(value)));
            if (value == null) {
                unstated.add(path);
            }
            return this;
        }

        /** Records a yes/no fact and requires it to be true. */
        public Builder requires(String path, Boolean value) {
            fact(path, value);
            return passWhen(value);
        }

        /** Records a person's statement and requires it to hold. */
        public Builder requiresAttested(String path, Attestation value) {
            fact(path, value);
            return passWhen(holds(value));
        }

        /** Combines (three-valued AND) a verdict over the recorded facts: null means it cannot be judged. */
        public Builder passWhen(Boolean verdict) {
            this.verdict = all(this.verdict, verdict);
            return this;
        }

        /** The sentence reported when the check fails, e.g. "dataset 'tx' is stored unencrypted". */
        public Builder gap(String gap) {
            this.gap = gap;
            return this;
        }

        /** The question reported for each unstated fact when the check cannot be judged. */
        public Builder ask(String question) {
            this.question = question;
            return this;
        }

        public Check build() {
            if (evidence.isEmpty()) {
                throw new IllegalStateException(practiceId + " [" + label + "]: a check must record the facts it reads");
            }
            Outcome outcome = verdict == null ? Outcome.UNKNOWN : verdict ? Outcome.PASS : Outcome.FAIL;
            List<Missing> missing = new ArrayList<>();
            if (outcome == Outcome.UNKNOWN) {
                for (String path : unstated) {
                    missing.add(new Missing(path, question != null ? question : defaultQuestion(path)));
                }
                if (missing.isEmpty()) {
                    missing.add(new Missing(evidence.get(0).fact(),
                            question != null ? question : "State the facts behind: " + label + "."));
                }
            }
            return new Check(this, outcome, missing);
        }
    }

    /** "State datasets[tx].profiled: an automated profile or statistics report is produced." */
    static String defaultQuestion(String path) {
        return FactDocs.describe(path)
                .map(doc -> "State " + path + ": " + Character.toLowerCase(doc.charAt(0)) + doc.substring(1))
                .orElse("State " + path + ".");
    }

    static String render(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : c.toString();
        }
        return String.valueOf(value);
    }
}
