package dev.mllens.cli.serve;

import dev.mllens.Assessment;
import dev.mllens.json.LensJson;
import dev.mllens.report.Reports;
import dev.mllens.report.WorkloadFile;
import dev.mllens.watool.WaTool;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reports {@code POST /v1/assessments} answers with, by media type; the request's {@code Accept} header
 * chooses one. The bodies are those of {@code mllens assess --format ...}.
 */
enum ReportKind {
    /** The JSON report, the public contract; also what {@code *}{@code /*} and no {@code Accept} get. */
    JSON("application/json", (a, request, file) -> LensJson.write(a) + "\n"),
    HTML("text/html", (a, request, file) -> Reports.html(a)),
    MARKDOWN("text/markdown", (a, request, file) -> Reports.markdown(a)),
    SARIF("application/sarif+json", (a, request, file) -> Reports.sarif(a, file)),
    TEXT("text/plain", (a, request, file) -> Reports.text(a)),
    /** The AWS Well-Architected Tool's UpdateAnswer parameters, one per question (needs {@code wa-lens-arn}). */
    WA_ANSWERS("application/vnd.mllens.wa-answers+json",
            (a, request, file) -> WaTool.answersJson(a, request.waWorkloadId(), request.waLensArn()) + "\n");

    /** Renders one assessment as the body of the answer. */
    @FunctionalInterface
    private interface Renderer {
        String render(Assessment a, AssessmentRequest request, WorkloadFile file);
    }

    private final String mediaType;
    private final Renderer renderer;

    ReportKind(String mediaType, Renderer renderer) {
        this.mediaType = mediaType;
        this.renderer = renderer;
    }

    String mediaType() {
        return mediaType;
    }

    String render(Assessment a, AssessmentRequest request, WorkloadFile file) {
        return renderer.render(a, request, file);
    }

    /**
     * The report an {@code Accept} header asks for: the kind with the highest quality; at equal quality the
     * one the client lists first, then the order above (so {@code *}{@code /*} is JSON). 406 when none fits.
     */
    static ReportKind negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ReportKind best = null;
        double bestQ = 0;
        int bestAt = Integer.MAX_VALUE;
        String[] ranges = accept.split(",");
        for (ReportKind kind : values()) {
            double q = -1;
            int specificity = -1;
            int at = Integer.MAX_VALUE;
            for (int i = 0; i < ranges.length; i++) {
                MediaRange r = MediaRange.parse(ranges[i]);
                int s = r == null ? -1 : r.specificity(kind.mediaType);
                if (s > specificity) {  // the most specific range that matches decides the quality
                    specificity = s;
                    q = r.q();
                    at = i;
                }
            }
            if (q > bestQ || (q == bestQ && q > 0 && at < bestAt)) {
                best = kind;
                bestQ = q;
                bestAt = at;
            }
        }
        if (best == null) {
            throw Problem.of(406, "no report in a type the Accept header allows: ask for one of "
                    + Arrays.stream(values()).map(ReportKind::mediaType).collect(Collectors.joining(", ")));
        }
        return best;
    }

    /** One range of an {@code Accept} header: {@code type/subtype} with an optional {@code q}. */
    private record MediaRange(String type, String subtype, double q) {

        /** The range, or null when it is not one (a malformed range is ignored, not fatal). */
        static MediaRange parse(String text) {
            String[] parts = text.split(";");
            String[] t = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (t.length != 2 || t[0].isEmpty() || t[1].isEmpty()) {
                return null;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return new MediaRange(t[0], t[1], q);
        }

        /** 2 for the exact type, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 when it does not match. */
        int specificity(String mediaType) {
            String[] m = mediaType.split("/");
            if (type.equals(m[0]) && subtype.equals(m[1])) {
                return 2;
            }
            if (type.equals(m[0]) && subtype.equals("*")) {
                return 1;
            }
            return type.equals("*") && subtype.equals("*") ? 0 : -1;
        }
    }
}
