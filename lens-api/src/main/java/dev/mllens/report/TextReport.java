package dev.mllens.report;

import static dev.mllens.report.SafeText.text;

import dev.mllens.Assessment;
import dev.mllens.Comparison;
import dev.mllens.ImprovementPlan;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Pillar;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A plain-text report of an assessment for people: risk counts per pillar, each assessed finding with
 * its gaps, and the top actions. Practices without rules are counted, not listed. Every string that
 * can hold a user's words goes through {@link SafeText#text}, so no value can add a line or move the
 * cursor.
 */
@API(status = API.Status.STABLE)
public final class TextReport {

    private final int topActions;

    private TextReport(int topActions) {
        this.topActions = topActions;
    }

    /** A report listing the ten most urgent items of the improvement plan. */
    public static TextReport standard() {
        return new TextReport(10);
    }

    /** A report listing {@code n} items of the improvement plan. */
    public static TextReport withTopActions(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("topActions must not be negative, was " + n);
        }
        return new TextReport(n);
    }

    /** The report of an assessment. */
    public String render(Assessment a) {
        return render(a, null);
    }

    /**
     * The report of an assessment compared with a baseline: the same report, with a section after the
     * risk table listing what is new, worse or better than the baseline.
     */
    public String render(Comparison c) {
        return render(c.assessment(), c);
    }

    private String render(Assessment a, Comparison comparison) {
        StringBuilder s = new StringBuilder();
        s.append("mllens assessment: ").append(text(a.workloadName())).append(" (").append(text(a.workloadId())).append(")\n");
        s.append("AWS Well-Architected Machine Learning Lens, edition ").append(a.lensEdition()).append('\n');
        int inScope = a.findings().size();
        s.append(inScope).append(" practices in scope, ").append(inScope - a.unassessed().size())
                .append(" assessed by rules, ").append(a.unassessed().size()).append(" without rules yet\n\n");

        s.append(String.format("%-24s %6s %6s %10s %6s %6s%n", "Risk by pillar", "HIGH", "MEDIUM", "UNANSWERED", "NONE", "N/A"));
        for (Map.Entry<Pillar, Map<Risk, Integer>> e : a.riskCountsByPillar().entrySet()) {
            s.append(row(e.getKey().displayName(), e.getValue()));
        }
        s.append(row("Total", a.riskCounts())).append('\n');
        if (comparison != null) {
            s.append(comparisonSection(comparison)).append('\n');
        }

        for (Map.Entry<Pillar, List<Finding>> e : a.byPillar().entrySet()) {
            List<Finding> assessed = e.getValue().stream().filter(f -> !a.unassessed().contains(f.bestPracticeId())).toList();
            if (assessed.isEmpty()) {
                continue;
            }
            s.append(e.getKey().displayName()).append('\n');
            for (Finding f : assessed) {
                s.append(String.format("  %-21s %-10s %s %s%n", f.status(), f.risk(), f.bestPracticeId(), text(f.title())));
                if (f.status() == Status.NOT_APPLICABLE) {
                    s.append("      ").append(text(f.reason())).append('\n');
                }
                for (String gap : f.gaps()) {
                    s.append("      - ").append(text(gap)).append('\n');
                }
                for (Missing m : f.missing()) {
                    s.append("      ? ").append(text(m.question())).append(" (").append(text(m.fact())).append(")\n");
                }
            }
            s.append('\n');
        }

        ImprovementPlan plan = a.improvementPlan();
        if (topActions > 0 && !plan.isEmpty()) {
            s.append("Top actions\n");
            int n = 1;
            for (ImprovementPlan.Item item : plan.top(topActions)) {
                s.append(String.format("%2d. [%s] %s %s%n", n++, item.risk(), item.bestPracticeId(), text(item.title())));
                for (String action : item.actions()) {
                    s.append("      * ").append(text(action)).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static String comparisonSection(Comparison c) {
        Map<Comparison.Kind, Integer> n = c.counts();
        StringBuilder s = new StringBuilder(String.format("Compared with the baseline: %d new, %d worse, %d better, %d unchanged%n",
                n.get(Comparison.Kind.NEW), n.get(Comparison.Kind.WORSE), n.get(Comparison.Kind.BETTER),
                n.get(Comparison.Kind.UNCHANGED)));
        for (Comparison.Kind kind : List.of(Comparison.Kind.WORSE, Comparison.Kind.NEW, Comparison.Kind.BETTER)) {
            for (Comparison.Change ch : c.changes(kind)) {
                s.append(String.format("  %-7s %s %s: %s%s%n", kind, ch.bestPracticeId(), text(ch.finding().title()),
                        ch.before() == null ? "" : ch.before() + " -> ", ch.after()));
            }
        }
        if (!c.dropped().isEmpty()) {
            s.append("  Out of scope now: ").append(text(String.join(", ", c.dropped()))).append('\n');
        }
        return s.toString();
    }

    private static String row(String label, Map<Risk, Integer> c) {
        return String.format("%-24s %6d %6d %10d %6d %6d%n", label, c.get(Risk.HIGH), c.get(Risk.MEDIUM),
                c.get(Risk.UNANSWERED), c.get(Risk.NONE), c.get(Risk.NOT_APPLICABLE));
    }
}
