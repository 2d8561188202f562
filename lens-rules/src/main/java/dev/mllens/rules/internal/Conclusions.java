package dev.mllens.rules.internal;

import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.BestPractice;
import dev.mllens.rules.internal.Check.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds the checks a practice's rules inserted into that practice's one finding. The status policy
 * lives here, once, so that MET means the same thing for all 105 practices:
 * <ol>
 *   <li>any {@link NotApplicable}: NOT_APPLICABLE;</li>
 *   <li>every check passes: MET;</li>
 *   <li>nothing fails but something is not stated: INSUFFICIENT_EVIDENCE;</li>
 *   <li>a core check fails and no core check passes: NOT_MET;</li>
 *   <li>otherwise: PARTIALLY_MET.</li>
 * </ol>
 */
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

    /** Concludes one practice from what its rules inserted. */
    public static Finding conclude(BestPractice p, List<Check> checks, List<NotApplicable> notApplicable) {
        if (!notApplicable.isEmpty()) {
            Set<String> reasons = new TreeSet<>();
            notApplicable.forEach(n -> reasons.add(n.reason()));
            List<Evidence> evidence = new ArrayList<>();
            return finding(p, Status.NOT_APPLICABLE, "not applicable: " + String.join("; ", reasons),
                    evidence, List.of(), List.of(), List.of());
        }
        if (checks.isEmpty()) {
            throw new IllegalStateException("rules of " + p.id() + " reached no conclusion: every practice rule file"
                    + " must insert at least one check or a NotApplicable for any workload");
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Check c : sorted(checks)) {
            labels.computeIfAbsent(c.label(), l -> new Label(c)).add(c);
        }
        int pass = 0, fail = 0, unknown = 0, corePass = 0, coreFail = 0;
        List<Evidence> evidence = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        Set<Integer> steps = new TreeSet<>();
        for (Label l : labels.values()) {
            Outcome o = l.outcome();
            switch (o) {
                case PASS -> { pass++; corePass += l.core ? 1 : 0; }
                case FAIL -> { fail++; coreFail += l.core ? 1 : 0; steps.add(l.step); }
                case UNKNOWN -> { unknown++; steps.add(l.step); }
            }
            l.checks.forEach(c -> evidence.addAll(c.evidence()));
            for (Check c : l.checks) {
                if (c.outcome() == Outcome.FAIL) {
                    gaps.add(c.gap());
                } else if (c.outcome() == Outcome.UNKNOWN && o != Outcome.FAIL) {
                    missing.addAll(c.missing());
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
        // facts not stated on a label that already fails still help a person complete the picture
        if (status != Status.INSUFFICIENT_EVIDENCE) {
            for (Label l : labels.values()) {
                if (l.outcome() == Outcome.FAIL) {
                    l.checks.stream().filter(c -> c.outcome() == Outcome.UNKNOWN).forEach(c -> missing.addAll(c.missing()));
                }
            }
        }
        List<String> actions = new ArrayList<>();
        for (int step : steps) {
            actions.add(p.step(step));
        }
        String reason = labels.size() + " checks: " + pass + " in place, " + fail + " absent, " + unknown + " not stated";
        return finding(p, status, reason, dedupe(evidence), dedupe(gaps), dedupe(missing), actions);
    }

    private static Finding finding(BestPractice p, Status status, String reason, List<Evidence> evidence,
            List<String> gaps, List<Missing> missing, List<String> actions) {
        return new Finding(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), status, Risk.of(status, p.risk()),
                reason, evidence, gaps, missing, actions);
    }

    /** Working memory returns facts in no fixed order; sorting makes findings independent of it. */
    private static List<Check> sorted(List<Check> checks) {
        List<Check> copy = new ArrayList<>(checks);
        copy.sort(ORDER);
        return copy;
    }

    private static final java.util.Comparator<Check> ORDER = java.util.Comparator.comparingInt(Check::step)
            .thenComparing(Check::label).thenComparing(Check::sortKey);

    private static <T> List<T> dedupe(List<T> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static final class Label {
        final boolean core;
        final int step;
        final List<Check> checks = new ArrayList<>();

        Label(Check first) {
            this.core = first.core();
            this.step = first.step();
        }

        void add(Check c) {
            checks.add(c);
        }

        Outcome outcome() {
            boolean unknown = false;
            for (Check c : checks) {
                if (c.outcome() == Outcome.FAIL) {
                    return Outcome.FAIL;
                }
                unknown |= c.outcome() == Outcome.UNKNOWN;
            }
            return unknown ? Outcome.UNKNOWN : Outcome.PASS;
        }
    }
}
