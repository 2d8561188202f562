package dev.mllens.report;

import static dev.mllens.report.SafeText.text;

import dev.mllens.Assessment;
import dev.mllens.Comparison;
import dev.mllens.ImprovementPlan;
import dev.mllens.QuestionResult;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Pillar;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A plain-text report of an assessment for people: practice and question risk counts per pillar, each
 * question with its risk and its assessed findings with their gaps, and the top actions. Practices without
 * rules are counted, not listed. Every string that can hold a user's words goes through
 * {@link SafeText#text}, so no value can add a line or move the cursor.
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
    @API(status = API.Status.EXPERIMENTAL)
    public String render(Comparison c) {
        return render(c.assessment(), c);
    }

    private String render(Assessment a, Comparison comparison) {
        StringBuilder s = new StringBuilder();
        s.append("mllens assessment: ").append(text(a.workloadName())).append(" (").append(text(a.workloadId())).append(")\n");
        s.append("AWS Well-Architected Machine Learning Lens, edition ").append(a.lensEdition()).append('\n');
        int inScope = a.findings().size();
        s.append(inScope).append(" practices in scope, ").append(inScope - a.unassessed().size())
                .append(" assessed by rules, ").append(a.unassessed().size()).append(" without rules yet; ")
                .append(a.questions().size()).append(" questions in scope, ")
                .append(a.questions().stream().filter(QuestionResult::answered).count()).append(" answered\n\n");
        if (!a.engineErrors().isEmpty()) {
            s.append("ENGINE ERROR: the assessment is incomplete; mllens could not conclude ").append(a.engineErrors().size())
                    .append(a.engineErrors().size() == 1 ? " practice" : " practices").append(", whose findings below are no verdict:\n");
            a.engineErrors().forEach(e -> s.append("  ").append(e.bestPracticeId()).append(": ").append(text(e.message())).append('\n'));
            s.append('\n');
        }

        s.append(header("Practice risk by pillar")).append(table(a.practiceRiskCountsByPillar(), a.practiceRiskCounts()));
        s.append("  (findings: each practice with the risk of its own status)\n\n");
        if (!a.questions().isEmpty()) {
            s.append(header("Question risk by pillar")).append(table(a.questionRiskCountsByPillar(), a.questionRiskCounts()));
            s.append("  (questions: the risk the AWS Well-Architected Tool computes from the answer the findings give)\n\n");
        }
        if (comparison != null) {
            s.append(comparisonSection(comparison)).append('\n');
        }

        Map<String, QuestionResult> questions = new java.util.HashMap<>();
        a.questions().forEach(q -> questions.put(q.questionId(), q));
        for (Map.Entry<Pillar, List<Finding>> e : a.byPillar().entrySet()) {
            List<Finding> assessed = e.getValue().stream().filter(f -> !a.unassessed().contains(f.bestPracticeId())).toList();
            if (assessed.isEmpty()) {
                continue;
            }
            s.append(e.getKey().displayName()).append('\n');
            String question = null;
            for (Finding f : assessed) {
                if (!f.questionId().equals(question)) {
                    question = f.questionId();
                    QuestionResult q = questions.get(question);
                    s.append(q == null ? "  " + question + " (question partly in scope)\n"
                            : String.format("  %s question risk %s: %s%n", question, q.risk(), q.question().title()));
                }
                s.append(String.format("    %-21s %-10s %s %s%n", f.status(), f.risk(), f.bestPracticeId(), text(f.title())));
                if (f.status() == Status.NOT_APPLICABLE) {
                    s.append("        ").append(text(f.reason())).append('\n');
                }
                for (String gap : f.gapTexts()) {
                    s.append("        - ").append(text(gap)).append('\n');
                }
                for (Missing m : f.missing()) {
                    s.append("        ? ").append(text(m.question())).append(" (").append(text(m.fact())).append(")\n");
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

    private static String header(String title) {
        return String.format("%-24s %6s %6s %10s %6s %6s%n", title, "HIGH", "MEDIUM", "UNANSWERED", "NONE", "N/A");
    }

    private static String table(Map<Pillar, Map<Risk, Integer>> byPillar, Map<Risk, Integer> total) {
        StringBuilder s = new StringBuilder();
        byPillar.forEach((pillar, counts) -> s.append(row(pillar.displayName(), counts)));
        return s.append(row("Total", total)).toString();
    }

    private static String row(String label, Map<Risk, Integer> c) {
        return String.format("%-24s %6d %6d %10d %6d %6d%n", label, c.get(Risk.HIGH), c.get(Risk.MEDIUM),
                c.get(Risk.UNANSWERED), c.get(Risk.NONE), c.get(Risk.NOT_APPLICABLE));
    }
}
