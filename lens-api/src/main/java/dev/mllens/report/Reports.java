package dev.mllens.report;

import dev.mllens.Assessment;
import dev.mllens.Comparison;
import dev.mllens.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apiguardian.api.API;

/**
 * Every report of an assessment, for people and for the tools around them. Each format renders to a
 * string or onto a {@link Writer} (which is not closed); nothing here reads or writes files. Every user
 * string is escaped for the format through {@link SafeText}. Thread-safe.
 *
 * <ul>
 *   <li>{@link #text} the plain-text report ({@link TextReport});</li>
 *   <li>{@link #markdown} a GitHub-flavoured summary for a pull-request comment, under 65,000 characters;</li>
 *   <li>{@link #html} one self-contained page with a pillar × phase heat map and filters;</li>
 *   <li>{@link #sarif} SARIF 2.1.0 for code scanning, results located in the workload file;</li>
 *   <li>{@link #junit} JUnit XML for CI dashboards, one suite per pillar.</li>
 * </ul>
 * The JSON report is {@link dev.mllens.json.LensJson#write(Assessment)}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reports {

    private Reports() {
    }

    /** The plain-text report, with the ten most urgent actions. */
    public static String text(Assessment a) {
        return TextReport.standard().render(a);
    }

    public static void text(Assessment a, Writer out) {
        write(text(a), out);
    }

    /** The Markdown summary (GitHub-flavoured), under 65,000 characters whatever the workload. */
    public static String markdown(Assessment a) {
        return MarkdownReport.render(a);
    }

    public static void markdown(Assessment a, Writer out) {
        write(markdown(a), out);
    }

    /** The HTML page: self-contained (inline style and script, no external resource), works offline. */
    public static String html(Assessment a) {
        return HtmlReport.render(a);
    }

    public static void html(Assessment a, Writer out) {
        write(html(a), out);
    }

    /**
     * The SARIF 2.1.0 log: one rule per practice in scope, one result per finding that is not met,
     * partially met or undecided, located at the line of the fact it names in {@code file}.
     */
    public static String sarif(Assessment a, WorkloadFile file) {
        return SarifReport.render(a, file);
    }

    public static void sarif(Assessment a, WorkloadFile file, Writer out) {
        write(sarif(a, file), out);
    }

    /**
     * The JUnit XML report: one {@code testsuite} per pillar, one {@code testcase} per practice. With a
     * gate, findings that fail it are failures and a suite {@code mllens gate} holds its verdict;
     * without one ({@code null}), every NOT_MET and PARTIALLY_MET finding is a failure.
     */
    public static String junit(Assessment a, Gate gate) {
        return JunitReport.render(a, gate);
    }

    public static void junit(Assessment a, Gate gate, Writer out) {
        write(junit(a, gate), out);
    }

    /**
     * The JUnit XML report of an assessment compared with a baseline: only findings the gate counts that
     * are new or worse than the baseline fail, as in {@link Gate#evaluate(Comparison)}.
     */
    public static String junit(Comparison c, Gate gate) {
        return JunitReport.render(c, java.util.Objects.requireNonNull(gate, "gate"));
    }

    public static void junit(Comparison c, Gate gate, Writer out) {
        write(junit(c, gate), out);
    }

    private static void write(String report, Writer out) {
        try {
            out.write(report);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
    }
}
