package dev.mllens.report;

import static dev.mllens.report.SafeText.xml;

import dev.mllens.Assessment;
import dev.mllens.Comparison;
import dev.mllens.Gate;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.lens.Pillar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI dashboards, in the shape of Maven Surefire's reports: a {@code testsuites} root with
 * one {@code testsuite} per pillar and one {@code testcase} per practice (class name = pillar, name = id
 * and title). A finding that fails the gate is a {@code failure} with its gaps; an undecided or
 * not-applicable one is {@code skipped} with what to state or why. With a gate, one more suite holds its
 * verdict, so the dashboard fails exactly when the build does.
 */
final class JunitReport {

    private JunitReport() {
    }

    private enum Outcome { PASSED, FAILED, SKIPPED }

    static String render(Assessment a, Gate gate) {
        return render(a, gate, gate == null ? null : gate.evaluate(a), null);
    }

    /** Against a baseline only the new or worse findings the gate counts fail. */
    static String render(Comparison c, Gate gate) {
        Gate.Verdict verdict = gate.evaluate(c);
        Set<String> counted = verdict.failing().stream().map(Finding::bestPracticeId).collect(Collectors.toSet());
        return render(c.assessment(), gate, verdict, counted);
    }

    /**
     * @param counted ids of the findings that may fail, or null for every finding the gate counts
     */
    private static String render(Assessment a, Gate gate, Gate.Verdict verdict, Set<String> counted) {
        Predicate<Finding> fails = gate == null ? f -> f.status() == Status.NOT_MET || f.status() == Status.PARTIALLY_MET
                : f -> f.needsAction() && gate.fails(f) && (counted == null || counted.contains(f.bestPracticeId()));
        Map<Pillar, List<Finding>> byPillar = a.byPillar();
        int tests = a.findings().size() + (verdict == null ? 0 : 1);
        long failures = a.findings().stream().filter(f -> outcome(f, fails) == Outcome.FAILED).count()
                + (verdict == null || verdict.passed() ? 0 : 1);
        long skipped = a.findings().stream().filter(f -> outcome(f, fails) == Outcome.SKIPPED).count();
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mllens: ").append(xml(a.workloadName()))
                .append("\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
        byPillar.forEach((pillar, findings) -> suite(s, a, pillar, findings, gate, fails));
        if (verdict != null) {
            gateSuite(s, a, gate, verdict);
        }
        s.append("</testsuites>\n");
        return s.toString();
    }

    private static Outcome outcome(Finding f, Predicate<Finding> fails) {
        if (fails.test(f)) {
            return Outcome.FAILED;
        }
        return f.status() == Status.INSUFFICIENT_EVIDENCE || f.status() == Status.NOT_APPLICABLE ? Outcome.SKIPPED
                : Outcome.PASSED;
    }

    private static void suite(StringBuilder s, Assessment a, Pillar pillar, List<Finding> findings, Gate gate,
            Predicate<Finding> fails) {
        long failures = findings.stream().filter(f -> outcome(f, fails) == Outcome.FAILED).count();
        long skipped = findings.stream().filter(f -> outcome(f, fails) == Outcome.SKIPPED).count();
        s.append("  <testsuite name=\"").append(xml(pillar.displayName())).append("\" tests=\"").append(findings.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                .append("\" time=\"0\">\n");
        properties(s, a, gate);
        for (Finding f : findings) {
            s.append("    <testcase classname=\"").append(xml(pillar.displayName())).append("\" name=\"")
                    .append(xml(f.bestPracticeId() + " " + f.title())).append("\" time=\"0\"");
            switch (outcome(f, fails)) {
                case PASSED -> passed(s, f);
                case FAILED -> s.append(">\n      <failure type=\"").append(f.status()).append("\" message=\"")
                        .append(xml(f.status() + " (" + f.risk() + " risk): " + firstOr(details(f), f.reason())))
                        .append("\">").append(body(f)).append("</failure>\n    </testcase>\n");
                case SKIPPED -> s.append(">\n      <skipped message=\"")
                        .append(xml(f.status() == Status.NOT_APPLICABLE ? "not applicable: " + f.reason()
                                : "undecided: " + firstOr(details(f), f.reason())))
                        .append("\">").append(body(f)).append("</skipped>\n    </testcase>\n");
            }
        }
        s.append("  </testsuite>\n");
    }

    /** A passing case keeps the gaps below the gate's risk visible in its output. */
    private static void passed(StringBuilder s, Finding f) {
        if (f.gapTexts().isEmpty()) {
            s.append("/>\n");
            return;
        }
        s.append(">\n      <system-out>").append(body(f)).append("</system-out>\n    </testcase>\n");
    }

    private static void properties(StringBuilder s, Assessment a, Gate gate) {
        s.append("    <properties>\n");
        property(s, "workload", a.workloadId());
        property(s, "lensEdition", a.lensEdition());
        property(s, "failOn", gate == null ? "any gap (no gate)" : gate.threshold().name());
        s.append("    </properties>\n");
    }

    private static void property(StringBuilder s, String name, String value) {
        s.append("      <property name=\"").append(xml(name)).append("\" value=\"").append(xml(value)).append("\"/>\n");
    }

    private static void gateSuite(StringBuilder s, Assessment a, Gate gate, Gate.Verdict verdict) {
        s.append("  <testsuite name=\"mllens gate\" tests=\"1\" failures=\"").append(verdict.passed() ? 0 : 1)
                .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        properties(s, a, gate);
        s.append("    <testcase classname=\"mllens gate\" name=\"")
                .append(xml("fail on " + gate.threshold() + " or above")).append("\" time=\"0\"");
        if (verdict.passed()) {
            s.append(">\n      <system-out>").append(xml(verdict.summary())).append("</system-out>\n    </testcase>\n");
        } else {
            s.append(">\n      <failure type=\"gate\" message=\"").append(xml(verdict.summary())).append("\">")
                    .append(xml(verdict.summary())).append("</failure>\n    </testcase>\n");
        }
        s.append("  </testsuite>\n");
    }

    /** Gaps, or for an undecided finding what to state. */
    private static List<String> details(Finding f) {
        if (!f.gapTexts().isEmpty()) {
            return f.gapTexts();
        }
        return f.missing().stream().map(m -> "state " + m.fact() + ": " + m.question()).toList();
    }

    private static String firstOr(List<String> items, String fallback) {
        return items.isEmpty() ? fallback : items.get(0) + (items.size() > 1 ? " (+" + (items.size() - 1) + " more)" : "");
    }

    /** The body, escaped: the reason, each gap or question on its own line, then the actions. */
    private static String body(Finding f) {
        StringBuilder b = new StringBuilder(xml(f.reason()));
        details(f).forEach(d -> b.append("\n- ").append(xml(d)));
        if (!f.actions().isEmpty()) {
            b.append("\nActions:");
            f.actions().forEach(act -> b.append("\n* ").append(xml(act)));
        }
        return b.toString();
    }
}
