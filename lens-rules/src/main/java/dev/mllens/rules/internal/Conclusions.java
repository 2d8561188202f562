package dev.mllens.rules.internal;

import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Applicability;
import dev.mllens.lens.BestPractice;
import dev.mllens.rules.internal.Check.Outcome;
import dev.mllens.workload.FactDocs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Folds the checks a practice's rules emitted into that practice's one finding. The status policy
 * lives here, once, so that MET means the same thing for all 105 practices:
 * <ol>
 *   <li>a declared condition that is false, or any {@link NotApplicable}: NOT_APPLICABLE;</li>
 *   <li>every check passes: MET;</li>
 *   <li>nothing fails but something is not stated: INSUFFICIENT_EVIDENCE;</li>
 *   <li>a core check fails and no core check passes: NOT_MET;</li>
 *   <li>otherwise: PARTIALLY_MET.</li>
 * </ol>
 */
@API(status = API.Status.INTERNAL)
public final class Conclusions {

    private Conclusions() {
    }

    /** The finding for a practice that has no rule in this release. */
    public static Finding noRuleYet(BestPractice p) {
        return new Finding(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), Status.INSUFFICIENT_EVIDENCE,
                Risk.of(Status.INSUFFICIENT_EVIDENCE, p.risk()),
                "no rule yet: mllens does not assess this practice in this release", List.of(), List.of(),
                List.of(new Missing(p.id(), "Review this practice by hand; no rule assesses it yet.")),
                p.improvementSteps());
    }

    /**
     * The finding for a practice the engine could not conclude: undecided, saying why, with nothing to
     * state or do, since no fact of the workload would help.
     */
    public static Finding engineError(BestPractice p, String message) {
        return new Finding(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), Status.INSUFFICIENT_EVIDENCE,
                Risk.of(Status.INSUFFICIENT_EVIDENCE, p.risk()), "engine error: " + message, List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * Concludes one practice from what its rules emitted, with its declared applicability decided on the
     * derived facts: a condition known to be false makes it not applicable, one that cannot be decided
     * adds the facts that would decide it.
     *
     * @param notApplicable the reasons its rules gave for not applying
     */
    public static Finding conclude(BestPractice p, List<Judged> checks, List<String> notApplicable, DerivedFacts derived) {
        if (p.appliesWhen().isEmpty()) { // most practices always apply: nothing to copy or add
            return conclude(p, checks, notApplicable, List.of());
        }
        List<String> reasons = new ArrayList<>(notApplicable);
        List<Missing> asks = new ArrayList<>();
        for (Applicability c : p.appliesWhen()) {
            Derived d = derived.condition(c);
            if (Boolean.FALSE.equals(d.holds())) {
                reasons.add(c.negation() + ", since " + d.basis());
            } else if (d.holds() == null) {
                d.asks().forEach(a -> asks.add(new Missing(a.fact(), a.question() + ": the practice applies only when "
                        + c.description() + ".")));
            }
        }
        return conclude(p, checks, reasons, asks);
    }

    /**
     * Concludes one practice from what its rules emitted and from its declared applicability.
     *
     * @param checks the checks its rules emitted
     * @param notApplicable why it does not apply (declared conditions that are false, or a rule's
     *     {@link NotApplicable}); any reason wins over the checks
     * @param asks the facts that would decide a declared condition that cannot be decided yet: the practice
     *     is judged as if it applied, and a finding that is not MET asks for them too
     */
    public static Finding conclude(BestPractice p, List<Judged> checks, List<String> notApplicable, List<Missing> asks) {
        if (!notApplicable.isEmpty()) {
            Set<String> reasons = new TreeSet<>(notApplicable);
            return finding(p, Status.NOT_APPLICABLE, "not applicable: " + String.join("; ", reasons),
                    List.of(), List.of(), List.of(), List.of());
        }
        if (checks.isEmpty()) {
            if (!asks.isEmpty()) {
                List<Evidence> unstated = asks.stream().map(a -> new Evidence(a.fact(), null)).toList();
                // nothing was judged: the first step is where to start once the practice turns out to apply
                return finding(p, Status.INSUFFICIENT_EVIDENCE, "whether the practice applies is not decided, and nothing"
                        + " else is judged until it is", distinct(unstated), List.of(), distinct(asks),
                        List.of(p.steps().get(0).text()));
            }
            throw new IllegalStateException("rules of " + p.id() + " reached no conclusion: every practice rule file"
                    + " must emit at least one check or a NotApplicable for any workload");
        }
        // checks arrive in no fixed order: each label gathers its own, then the labels are put in order
        List<Label> labels = labels(checks);
        int pass = 0, fail = 0, unknown = 0, corePass = 0, coreFail = 0;
        int facts = 0;
        for (int k = 0; k < checks.size(); k++) {
            facts += checks.get(k).check().evidenceCount();
        }
        List<Evidence> evidence = new ArrayList<>(facts); // sized once: growing it was a twentieth of the bytes
        List<Gap> gaps = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        // facts not stated on a label that already fails still help a person complete the picture: asked after the rest
        List<Missing> besideFailures = new ArrayList<>();
        boolean[] steps = new boolean[p.steps().size()];
        // indexed loops over the lists built here: this runs for every practice of every assessment, and the
        // iterators and copies of for-each and addAll were a tenth of what concluding allocated
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            Outcome o = l.outcome();
            switch (o) {
                case PASS -> { pass++; corePass += l.spec.core() ? 1 : 0; }
                case FAIL -> { fail++; coreFail += l.spec.core() ? 1 : 0; steps[l.position] = true; }
                case UNKNOWN -> { unknown++; steps[l.position] = true; }
            }
            for (int j = 0; j < l.size(); j++) {
                Check read = l.get(j).check();
                for (int k = 0; k < read.evidenceCount(); k++) {
                    evidence.add(read.evidence(k));
                }
            }
            for (int j = 0; j < l.size(); j++) {
                Judged c = l.get(j);
                Outcome own = c.check().outcome();
                if (own == Outcome.FAIL) {
                    gaps.add(gap(c));
                    // a gap found while a condition it depends on is undecided also asks what would decide it
                    List<String> conditions = c.check().conditions();
                    for (int k = 0; k < conditions.size(); k++) {
                        missing.add(new Missing(conditions.get(k), defaultQuestion(conditions.get(k))));
                    }
                } else if (own == Outcome.UNKNOWN) {
                    missing(c, o == Outcome.FAIL ? besideFailures : missing);
                }
            }
        }
        Status status;
        if (fail == 0 && unknown == 0) {
            status = Status.MET;
        } else if (fail == 0) {
            status = Status.INSUFFICIENT_EVIDENCE;
        } else if (coreFail > 0 && corePass == 0) {
            status = Status.NOT_MET;
        } else {
            status = Status.PARTIALLY_MET;
        }
        missing.addAll(besideFailures); // empty unless a label fails, so never for INSUFFICIENT_EVIDENCE
        if (status != Status.MET && !asks.isEmpty()) {
            Set<String> asked = new java.util.HashSet<>();
            for (Missing m : missing) {
                asked.add(m.fact());
            }
            for (Missing a : asks) {
                if (!asked.contains(a.fact())) {
                    missing.add(a);
                }
            }
        }
        List<String> actions = new ArrayList<>();
        for (int step = 0; step < steps.length; step++) {
            if (steps[step]) {
                actions.add(p.steps().get(step).text());
            }
        }
        String reason = labels.size() + " checks: " + pass + " in place, " + fail + " absent, " + unknown + " not stated";
        return finding(p, status, reason, distinct(evidence), distinct(gaps), distinct(missing), actions);
    }

    /** What is absent, as the rule phrased it or built from the label, and the fact it is about. */
    static Gap gap(Judged c) {
        return new Gap(c.check().about(), c.check().gap() != null ? c.check().gap() : c.label() + " is not in place");
    }

    /**
     * Adds to {@code out} what to state so that an unknown check can be judged: each fact it read that was
     * not stated.
     */
    private static void missing(Judged c, List<Missing> out) {
        String question = c.check().question();
        int before = out.size();
        List<String> unstated = c.check().unstated();
        for (int k = 0; k < unstated.size(); k++) {
            String path = unstated.get(k);
            out.add(new Missing(path, question != null ? question : defaultQuestion(path)));
        }
        List<String> conditions = c.check().conditions();
        for (int k = 0; k < conditions.size(); k++) {
            out.add(new Missing(conditions.get(k), defaultQuestion(conditions.get(k))));
        }
        if (out.size() == before) {
            out.add(new Missing(c.check().evidence(0).fact(),
                    question != null ? question : "State the facts behind: " + c.label() + "."));
        }
    }

    /** "State datasets[tx].profiled: an automated profile or statistics report is produced." */
    static String defaultQuestion(String path) {
        return FactDocs.describe(path)
                .map(doc -> "State " + path + ": " + Character.toLowerCase(doc.charAt(0)) + doc.substring(1))
                .orElse("State " + path + ".");
    }

    private static Finding finding(BestPractice p, Status status, String reason, List<Evidence> evidence,
            List<Gap> gaps, List<Missing> missing, List<String> actions) {
        return new Finding(p.id(), p.title(), p.pillar(), p.phase(), questionId(p), status, Risk.of(status, p.risk()),
                reason, evidence, gaps, missing, actions);
    }

    /** The catalog's question ids by practice id: {@link BestPractice#questionId()} cuts a new string each call. */
    private static final java.util.Map<String, String> QUESTION_IDS = new java.util.HashMap<>();

    static {
        for (BestPractice p : dev.mllens.lens.Lens.catalog().practices()) {
            QUESTION_IDS.put(p.id(), p.questionId());
        }
    }

    private static String questionId(BestPractice p) {
        String id = QUESTION_IDS.get(p.id());
        return id != null ? id : p.questionId();
    }

    /**
     * The checks gathered by label, in an order independent of the order they arrived in: the labels by the
     * first step a check of theirs fixes, then by name; the checks of one label by step, then by evidence
     * (computed only for labels with several checks, once each). This is the order of sorting all checks by
     * step, label and evidence and then grouping them, at the cost of sorting the few labels.
     */
    private static List<Label> labels(List<Judged> checks) {
        // a practice has a few labels (at most about fifteen): a linear search beats a hash map here, and
        // labels are interned (CheckSpec), so it compares references; comparing the strings themselves, which
        // are rarely in the processor's cache by then, was a tenth of an assessment
        List<Label> labels = new ArrayList<>();
        for (int k = 0; k < checks.size(); k++) {
            Judged c = checks.get(k);
            Label l = null;
            String name = c.label();
            for (int i = 0; i < labels.size() && l == null; i++) {
                Label other = labels.get(i);
                if (other.name == name) {
                    l = other;
                }
            }
            if (l == null) {
                l = new Label(c.spec());
                labels.add(l);
            }
            l.add(c);
        }
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).settle();
        }
        sort(labels, LABEL_ORDER);
        return labels;
    }

    /**
     * Sorts stably, as {@link List#sort} does: a short list by insertion, where this call site sees one
     * comparator (the library sort, shared by both orders, called them through an interface stub, and was
     * a fortieth of the time), a long one by the library.
     */
    private static <T> void sort(List<T> items, Comparator<? super T> order) {
        int n = items.size();
        if (n > 16) {
            items.sort(order);
            return;
        }
        for (int i = 1; i < n; i++) {
            T item = items.get(i);
            int j = i - 1;
            while (j >= 0 && order.compare(items.get(j), item) > 0) {
                items.set(j + 1, items.get(j));
                j--;
            }
            items.set(j + 1, item);
        }
    }

    private static final Comparator<Label> LABEL_ORDER = (a, b) -> {
        int byStep = Integer.compare(a.position, b.position);
        return byStep != 0 ? byStep : a.spec.label().compareTo(b.spec.label());
    };

    /** The items without repeats, first occurrence first; short lists (most findings) are compared without hashing. */
    static <T> List<T> distinct(List<T> items) {
        int n = items.size();
        if (n < 2) {
            return List.copyOf(items);
        }
        if (n > 16) {
            return List.copyOf(new LinkedHashSet<>(items));
        }
        // most lists have no repeat: look for the first one before copying anything but the result
        int first = firstRepeat(items);
        if (first < 0) {
            return List.copyOf(items);
        }
        List<T> out = new ArrayList<>(items.subList(0, first));
        for (int i = first + 1; i < n; i++) {
            T item = items.get(i);
            if (!out.contains(item)) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    /** The index of the first item equal to an earlier one, or -1. */
    private static int firstRepeat(List<?> items) {
        for (int i = 1; i < items.size(); i++) {
            Object item = items.get(i);
            for (int j = 0; j < i; j++) {
                if (item.equals(items.get(j))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static final class Label {
        final CheckSpec spec;
        final String name;
        /** The first step its checks fix, once {@link #settle}d. */
        int position;
        /** Its check, while it has one (most labels); all its checks once it has more. */
        private Judged only;
        private List<Judged> checks;

        Label(CheckSpec spec) {
            this.spec = spec;
            this.name = spec.label();
        }

        void add(Judged c) {
            if (checks != null) {
                checks.add(c);
            } else if (only == null) {
                only = c;
            } else {
                checks = new ArrayList<>(4);
                checks.add(only);
                checks.add(c);
            }
        }

        int size() {
            return checks == null ? 1 : checks.size();
        }

        Judged get(int i) {
            return checks == null ? only : checks.get(i);
        }

        /** Puts the checks in order once all are added. */
        void settle() {
            if (checks != null) {
                sort(checks, CheckOrder.INSTANCE);
            }
            position = get(0).position();
        }

        Outcome outcome() {
            boolean unknown = false;
            for (int i = 0; i < size(); i++) {
                Outcome o = get(i).check().outcome();
                if (o == Outcome.FAIL) {
                    return Outcome.FAIL;
                }
                unknown |= o == Outcome.UNKNOWN;
            }
            return unknown ? Outcome.UNKNOWN : Outcome.PASS;
        }
    }
}
