package dev.mllens.rules.internal;

import dev.mllens.finding.Evidence;
import dev.mllens.workload.Attestation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One element of a best practice, judged on one subject (the workload, or one dataset, model or
 * endpoint): what a practice rule emits ({@link Emit}). The rule's metadata says which practice, label, kind (core or
 * supporting) and improvement step the check belongs to (see {@link CheckSpec}); {@code Conclusions} folds
 * all checks of a practice into its single finding, so every rule speaks the same language:
 * <ul>
 *   <li>{@code core} checks are the essence of the practice: with every core check failing it is NOT_MET;</li>
 *   <li>{@code supporting} checks complete it: failing them leaves it PARTIALLY_MET;</li>
 *   <li>a check whose facts were not stated is UNKNOWN, never FAIL: it yields a missing fact.</li>
 * </ul>
 * A check is built in two steps, so that it cannot pass by default: {@link #fact} records the facts it
 * reads (a {@link Reading}), then exactly one verdict ends it ({@link Reading#requires},
 * {@link Reading#requiresAttested}, {@link Reading#verdict} or {@link Reading#unknown}); only then can a
 * gap sentence and a question be added. While the rule builds it, those calls complete the check itself (no
 * copy); once the engine collects it ({@link #collect}, on {@code emit}) it is a value, and they return a copy.
 * A collected check is its own {@link Judged}.
 */
@API(status = API.Status.INTERNAL)
public final class Check implements Judged {

    /** The three values of a judged element. */
    public enum Outcome { PASS, FAIL, UNKNOWN }

    /**
     * The facts read: the one {@link Evidence} of most checks, kept without a list around it (the lists were
     * a twentieth of what an assessment allocated), or a {@code List<Evidence>} of several.
     */
    private final Object evidence;
    private final List<String> unstated;
    private final Outcome outcome;
    /** The path of the fact a gap names: the one the verdict read last, unless the rule names another. */
    private String about;
    // the sentences and the step are completed in place while the check is being built (see open()), so
    // that adding them does not copy it: the copies were a tenth of what an assessment allocated.
    // A sentence is its text, or a Supplier of it that is called when the sentence is first read: most
    // checks pass and never report their gap, so a gap made from the facts is made only for the few that fail
    private Object gap;
    private Object question;
    private String fixedBy;
    private final List<String> conditions;
    /** Set when the engine collects the check: from then on it is a value, and adding to it copies it. */
    private boolean sealed;
    // what the emitting rule declares, set when the engine collects the check (see Judged)
    private CheckSpec spec;
    /** The spec's label, kept with the check: gathering checks by label then reads no spec. */
    private String label;
    private int position = -1;

    private Check(Object evidence, List<String> unstated, Outcome outcome, String about, Object gap,
            Object question, String fixedBy, List<String> conditions) {
        this.conditions = conditions;
        this.evidence = evidence;
        this.unstated = unstated;
        this.outcome = outcome;
        this.about = about;
        this.gap = gap;
        this.question = question;
        this.fixedBy = fixedBy;
    }

    /** Starts a check whose facts are recorded one by one (when which facts count depends on others). */
    public static Reading reading() {
        return new Reading();
    }

    /** Starts a check by recording a fact it reads. */
    public static Reading fact(FactValue<?> fact) {
        return new Reading().fact(fact);
    }

    /** A check that requires a yes/no fact to be true. */
    public static Check requires(FactValue<Boolean> fact) {
        // the most common check, made without a Reading: one fact, its verdict its value
        Boolean value = fact.value();
        Evidence read = new Evidence(fact.path(), value);
        return new Check(read, value == null ? List.of(read.fact()) : List.of(),
                outcome(value), read.fact(), null, null, null, List.of());
    }

    /** The outcome of a three-valued verdict: null means it cannot be judged. */
    private static Outcome outcome(Boolean verdict) {
        return verdict == null ? Outcome.UNKNOWN : verdict ? Outcome.PASS : Outcome.FAIL;
    }

    /** A check that requires a person's statement to hold. */
    public static Check requiresAttested(FactValue<Attestation> fact) {
        return new Reading().requiresAttested(fact);
    }

    /**
     * The sentence reported when the check fails, e.g. "dataset 'tx' is stored unencrypted"; the gap names
     * the fact the verdict read last.
     */
    public Check gap(String sentence) {
        return withGap(about, sentence);
    }

    /**
     * A gap sentence made from the facts, made only if the check fails:
     * {@code .gap(() -> "dataset '" + $d.id() + "' is stored unencrypted")}. Use it wherever the sentence is
     * not a constant.
     */
    public Check gap(Supplier<String> sentence) {
        return withGap(about, sentence);
    }

    /**
     * The sentence reported when the check fails, naming the fact it is about when that is not the one the
     * verdict read last (a verdict over several facts, where the failing one depends on the values).
     */
    public Check gap(FactValue<?> fact, String sentence) {
        return withGap(fact.path(), sentence);
    }

    /** A gap sentence made from the facts only if the check fails, naming the fact it is about. */
    public Check gap(FactValue<?> fact, Supplier<String> sentence) {
        return withGap(fact.path(), sentence);
    }

    private Check withGap(String fact, Object sentence) {
        if (open(gap)) {
            about = fact;
            gap = sentence;
            return this;
        }
        return new Check(evidence, unstated, outcome, fact, sentence, question, fixedBy, conditions);
    }

    /** The question reported for each unstated fact when the check cannot be judged. */
    public Check ask(String sentence) {
        return withQuestion(sentence);
    }

    /** A question made from the facts, made only if the check cannot be judged. */
    public Check ask(Supplier<String> sentence) {
        return withQuestion(sentence);
    }

    private Check withQuestion(Object sentence) {
        if (open(question)) {
            question = sentence;
            return this;
        }
        return new Check(evidence, unstated, outcome, about, gap, sentence, fixedBy, conditions);
    }

    /**
     * Whether a part not set yet can be set on this check itself: while it is being built, that is before
     * the engine collects it. A part set already is replaced on a copy, so that a check held by two
     * expressions ({@code Check c = ...; emit(c.gap(a)); emit(c.gap(b))}) never changes under either.
     */
    private boolean open(Object part) {
        return part == null && !sealed;
    }

    /**
     * The check collected as one of {@code spec}'s ({@link Judged}): this check, made a value, or a copy of it
     * when it was collected already (a rule that emits one check twice). {@code onlyPosition} is the place
     * among the practice's steps of the rule's one step, which the engine keeps per rule, or -1 to read it
     * from the spec: reading it from the spec for every check emitted, when the spec is rarely in the
     * processor's cache, showed in profiles.
     */
    public Check collect(CheckSpec spec, int onlyPosition) {
        java.util.Objects.requireNonNull(spec, "spec");
        Check c = sealed ? new Check(evidence, unstated, outcome, about, gap, question, fixedBy, conditions) : this;
        int at = onlyPosition >= 0 && c.fixedBy == null ? onlyPosition : spec.positions().get(spec.indexOf(c));
        c.spec = spec;
        c.label = spec.label();
        c.position = at;
        c.sealed = true;
        return c;
    }

    /** The rule's declaration, once collected ({@link Judged}); null before. */
    @Override
    public CheckSpec spec() {
        return spec;
    }

    /** Itself: a collected check is its own {@link Judged}. */
    @Override
    public Check check() {
        return this;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int position() {
        return position;
    }

    /**
     * Makes the check count only when a condition about its subject holds, e.g. that a dataset is used to
     * build models: when the condition is known to be false the check passes (it does not concern this
     * subject); when it is not stated, a check that does not pass cannot be judged, and the condition's fact
     * is asked for. Use it where the rule's pattern keeps subjects whose condition is not stated.
     */
    public Check onlyWhen(FactValue<?> conditionFact, Boolean condition) {
        if (Boolean.TRUE.equals(condition)) {
            return this;
        }
        List<Evidence> ev = new ArrayList<>(evidence());
        ev.add(new Evidence(conditionFact.path(), conditionFact.value()));
        List<String> asked = new ArrayList<>(conditions);
        Outcome o = outcome;
        if (Boolean.FALSE.equals(condition)) {
            o = Outcome.PASS;
        } else {
            if (conditionFact.value() == null) {
                asked.add(conditionFact.path());
            }
            if (o == Outcome.FAIL) {
                o = Outcome.UNKNOWN;
            }
        }
        return new Check(List.copyOf(ev), unstated, o, about, gap, question, fixedBy, List.copyOf(asked));
    }

    /**
     * Names a workload-wide condition (a derived fact such as {@link InProduction}) that the rule matched
     * while it may be undecided ({@code InProduction( inProduction != false )}). While it is undecided the
     * check is judged as if the condition held, as a practice whose declared applicability is undecided
     * is, and a check that does not pass also asks for the facts that would decide the condition; once it
     * is decided, nothing changes.
     */
    public Check judgedAsIf(Derived condition) {
        if (condition.holds() != null) {
            return this;
        }
        List<Evidence> ev = new ArrayList<>(evidence());
        List<String> asked = new ArrayList<>(conditions);
        for (dev.mllens.finding.Missing m : condition.asks()) {
            ev.add(new Evidence(m.fact(), null));
            asked.add(m.fact());
        }
        // the gap stays about the judged fact, not the condition's facts appended after it
        return new Check(List.copyOf(ev), unstated, outcome, about, gap, question, fixedBy, List.copyOf(asked));
    }

    /**
     * Which of the steps its rule declares ({@code @core("S1 S2 S3")}) fixes this check, for the rare check
     * whose fix depends on the facts; a rule that declares one step needs no call.
     */
    public Check fixedBy(String stepKey) {
        if (open(fixedBy)) {
            fixedBy = stepKey;
            return this;
        }
        return new Check(evidence, unstated, outcome, about, gap, question, stepKey, conditions);
    }

    public Outcome outcome() { return outcome; }
    /** The facts read, in the order read. */
    @SuppressWarnings("unchecked") // a list is only ever made of Evidence
    public List<Evidence> evidence() {
        return evidence instanceof Evidence one ? List.of(one) : (List<Evidence>) evidence;
    }

    /** How many facts the check read: {@code evidence().size()} without making a list. */
    public int evidenceCount() {
        return evidence instanceof Evidence ? 1 : ((List<?>) evidence).size();
    }

    /** Fact {@code i} of those read: {@code evidence().get(i)} without making a list. */
    @SuppressWarnings("unchecked")
    public Evidence evidence(int i) {
        if (evidence instanceof Evidence one) {
            java.util.Objects.checkIndex(i, 1);
            return one;
        }
        return ((List<Evidence>) evidence).get(i);
    }
    /** Paths of the facts read that were not stated, in the order read. */
    public List<String> unstated() { return unstated; }
    /**
     * Paths of unstated facts that decide whether the check counts ({@link #onlyWhen}, {@link #judgedAsIf});
     * asked with their own meaning when the check does not pass.
     */
    public List<String> conditions() { return conditions; }
    /** The path of the fact a gap of this check is about. */
    public String about() { return about; }
    /** The gap sentence, or null to use the default built from the label. */
    public String gap() {
        if (gap instanceof Supplier<?> later) {
            gap = later.get(); // made once, when first read
        }
        return (String) gap;
    }

    /** The question, or null to use the default built from the fact's meaning. */
    public String question() {
        if (question instanceof Supplier<?> later) {
            question = later.get();
        }
        return (String) question;
    }
    /** The step key the check names among its rule's steps, or null. */
    public String fixedBy() { return fixedBy; }

    @Override
    public String toString() {
        String verdict = outcome + " " + evidence();
        return spec == null ? verdict : spec.practice().id() + " [" + label + "] " + verdict;
    }

    /** The facts a check reads, before its verdict. */
    public static final class Reading {
        // most checks read one to three facts: those are kept in fields, more in a list, and the check's
        // list made once at the verdict (a list here and its copy there were a tenth of an assessment's
        // allocation)
        private Evidence first;
        private Evidence second;
        private Evidence third;
        private List<Evidence> more;
        private int read;
        private List<String> unstated;

        private Reading() {
        }

        /** Records a fact the check reads; a fact that is not stated is listed as missing if the check cannot be judged. */
        public Reading fact(FactValue<?> fact) {
            Evidence e = new Evidence(fact.path(), fact.value());
            switch (read++) {
                case 0 -> first = e;
                case 1 -> second = e;
                case 2 -> third = e;
                default -> {
                    if (more == null) {
                        more = new ArrayList<>();
                    }
                    more.add(e);
                }
            }
            if (fact.value() == null) {
                if (unstated == null) {
                    unstated = new ArrayList<>(2);
                }
                unstated.add(fact.path());
            }
            return this;
        }

        /** The evidence as a check keeps it: the one fact read, or a list of several. */
        private Object evidence() {
            return switch (read) {
                case 1 -> first;
                case 2 -> List.of(first, second);
                case 3 -> List.of(first, second, third);
                default -> {
                    List<Evidence> all = new ArrayList<>(read);
                    all.add(first);
                    all.add(second);
                    all.add(third);
                    all.addAll(more);
                    yield List.copyOf(all);
                }
            };
        }

        /** Ends the check: records a yes/no fact and passes when it is true (unknown when not stated). */
        public Check requires(FactValue<Boolean> fact) {
            return fact(fact).verdict(fact.value());
        }

        /** Ends the check: records a person's statement and passes when it holds (unknown when nobody attested). */
        public Check requiresAttested(FactValue<Attestation> fact) {
            return fact(fact).verdict(holds(fact.value()));
        }

        /** Ends the check with a three-valued verdict over the recorded facts: null means it cannot be judged. */
        public Check verdict(Boolean verdict) {
            if (read == 0) {
                throw new IllegalStateException("a check must record the facts it reads before its verdict");
            }
            Outcome o = outcome(verdict);
            // rules record what a check is about (dataset usage, distribution) first and the judged fact last
            String about = (read == 1 ? first : read == 2 ? second : read == 3 ? third : more.get(more.size() - 1)).fact();
            Object evidence = evidence();
            return new Check(evidence, unstated == null ? List.of() : List.copyOf(unstated), o, about, null,
                    null, null, List.of());
        }

        /** Ends the check as one that cannot be judged yet: it asks for the recorded facts. */
        public Check unknown() {
            return verdict(null);
        }
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

    /** Three-valued NOT: null stays null. */
    public static Boolean not(Boolean value) {
        return value == null ? null : !value;
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
}
