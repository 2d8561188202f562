package dev.mllens.report;

import static dev.mllens.report.SafeText.markdown;

import dev.mllens.Assessment;
import dev.mllens.ImprovementPlan;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Markdown summary for a pull-request comment (GitHub-flavoured): counts per pillar, the HIGH
 * findings with their gaps, the top actions, and the other findings folded in {@code <details>}. It
 * stays under {@link #LIMIT} characters whatever the workload (GitHub refuses longer comments), and
 * says what it left out. Every value goes through {@link SafeText#markdown}.
 */
final class MarkdownReport {

    /** Longest report, in characters (GitHub's comment limit is 65,536). */
    static final int LIMIT = 65_000;

    /** Room kept for the closing lines whatever comes before them. */
    private static final int RESERVE = 1_000;

    /** Gaps or questions shown per finding before "and N more". */
    private static final int PER_FINDING = 5;

    /** Longest gap or question shown, in characters. */
    private static final int ITEM_LIMIT = 300;

    private static final int TOP_ACTIONS = 10;

    private MarkdownReport() {
    }

    /** A text that refuses what does not fit, counting what it left out. */
    private static final class Budget {
        private final StringBuilder s = new StringBuilder(16 * 1024);
        private int leftOut;

        boolean add(String block) {
            if (s.length() + block.length() > LIMIT - RESERVE) {
                leftOut++;
                return false;
            }
            s.append(block);
            return true;
        }
    }

    static String render(Assessment a) {
        Budget b = new Budget();
        header(b, a);
        List<Finding> high = a.findings().stream().filter(f -> f.risk() == Risk.HIGH).toList();
        if (!high.isEmpty()) {
            b.add("\n### HIGH risk (" + high.size() + ")\n\n");
            for (Finding f : high) {
                b.add(entry(f));
            }
        }
        actions(b, a);
        List<Finding> rest = a.findings().stream()
                .filter(f -> f.risk() != Risk.HIGH && f.needsAction() && !a.unassessed().contains(f.bestPracticeId()))
                .toList();
        if (!rest.isEmpty()) {
            b.add("\n<details><summary>Other findings to act on (" + rest.size() + ")</summary>\n\n");
            b.s.append("| Practice | Status | Risk | Gaps, or what to state |\n|---|---|---|---|\n");
            for (Finding f : rest) {
                b.add(row(f));
            }
            b.s.append("\n</details>\n");
        }
        List<Finding> settled = a.findings().stream().filter(f -> !f.needsAction()).toList();
        if (!settled.isEmpty()) {
            StringBuilder ids = new StringBuilder();
            settled.forEach(f -> ids.append(ids.length() == 0 ? "" : ", ").append(markdown(f.bestPracticeId()))
                    .append(f.status() == Status.NOT_APPLICABLE ? " (n/a)" : ""));
            b.add("\n<details><summary>Met or not applicable (" + settled.size() + ")</summary>\n\n" + ids + "\n\n</details>\n");
        }
        if (!a.unassessed().isEmpty()) {
            b.add("\n" + a.unassessed().size() + " practices in scope have no rule in this release.\n");
        }
        b.s.append("\n<sub>mllens ").append(markdown(MlLens.version())).append(" · AWS Well-Architected Machine Learning Lens ")
                .append(markdown(a.lensEdition()));
        if (b.leftOut > 0) {
            b.s.append(" · ").append(b.leftOut).append(b.leftOut == 1 ? " entry" : " entries")
                    .append(" left out to stay under GitHub's comment limit: the HTML or JSON report has everything");
        }
        b.s.append("</sub>\n");
        return b.s.toString();
    }

    private static void header(Budget b, Assessment a) {
        Map<Risk, Integer> total = a.practiceRiskCounts();
        StringBuilder s = new StringBuilder();
        s.append("## mllens: ").append(markdown(a.workloadName())).append(" (").append(markdown(a.workloadId())).append(")\n\n")
                .append(a.findings().size()).append(" practices of the AWS Well-Architected Machine Learning Lens (")
                .append(markdown(a.lensEdition())).append("): **").append(total.get(Risk.HIGH)).append(" HIGH**, ")
                .append(total.get(Risk.MEDIUM)).append(" MEDIUM, ").append(total.get(Risk.UNANSWERED)).append(" unanswered, ")
                .append(total.get(Risk.NONE)).append(" without risk, ").append(total.get(Risk.NOT_APPLICABLE))
                .append(" not applicable.\n\n| Pillar | HIGH | MEDIUM | UNANSWERED | NONE | N/A |\n|---|--:|--:|--:|--:|--:|\n");
        a.practiceRiskCountsByPillar().forEach((p, c) -> s.append(countRow(markdown(p.displayName()), c)));
        s.append(countRow("**Total**", total));
        b.add(s.toString());
    }

    private static String countRow(String label, Map<Risk, Integer> c) {
        return "| " + label + " | " + c.get(Risk.HIGH) + " | " + c.get(Risk.MEDIUM) + " | " + c.get(Risk.UNANSWERED) + " | "
                + c.get(Risk.NONE) + " | " + c.get(Risk.NOT_APPLICABLE) + " |\n";
    }

    /** A HIGH finding: its title, then its gaps (or what to state) as a nested list. */
    private static String entry(Finding f) {
        StringBuilder s = new StringBuilder("- **").append(markdown(f.bestPracticeId())).append("** ")
                .append(markdown(f.title())).append(" (").append(f.status()).append(")\n");
        for (String item : limited(details(f))) {
            s.append("  - ").append(item).append('\n');
        }
        return s.toString();
    }

    private static String row(Finding f) {
        return "| **" + markdown(f.bestPracticeId()) + "** " + markdown(f.title()) + " | " + f.status() + " | " + f.risk() + " | "
                + String.join("<br>", limited(details(f))) + " |\n";
    }

    /** The gaps of a finding, or for an undecided one what to state, each escaped and cut. */
    private static List<String> details(Finding f) {
        List<String> out = new ArrayList<>();
        f.gapTexts().forEach(g -> out.add(markdown(SafeText.cut(g, ITEM_LIMIT))));
        if (out.isEmpty()) {
            for (Missing m : f.missing()) {
                out.add("state " + markdown(SafeText.cut(m.fact(), ITEM_LIMIT)) + ": " + markdown(SafeText.cut(m.question(), ITEM_LIMIT)));
            }
        }
        return out;
    }

    private static List<String> limited(List<String> items) {
        if (items.size() <= PER_FINDING) {
            return items;
        }
        List<String> shown = new ArrayList<>(items.subList(0, PER_FINDING));
        shown.add("and " + (items.size() - PER_FINDING) + " more");
        return shown;
    }

    private static void actions(Budget b, Assessment a) {
        List<ImprovementPlan.Item> top = a.improvementPlan().top(TOP_ACTIONS);
        if (top.isEmpty()) {
            return;
        }
        b.add("\n### Top actions\n\n");
        int n = 1;
        for (ImprovementPlan.Item item : top) {
            StringBuilder s = new StringBuilder().append(n++).append(". **").append(item.risk()).append("** ")
                    .append(markdown(item.bestPracticeId())).append(' ').append(markdown(item.title())).append('\n');
            for (String action : limited(item.actions().stream().map(act -> markdown(SafeText.cut(act, ITEM_LIMIT))).toList())) {
                s.append("   - ").append(action).append('\n');
            }
            b.add(s.toString());
        }
    }
}
