package dev.mllens.cli.serve;

import com.sun.net.httpserver.Headers;
import dev.mllens.AssessmentOptions;
import dev.mllens.cli.WaiverText;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.report.SafeText;
import dev.mllens.watool.UpdateAnswer;
import dev.mllens.watool.WaTool;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@code POST /v1/assessments} asks for, read from its headers and query before its body: the report
 * ({@code Accept}), the syntax of the body ({@code Content-Type}; null to tell it from the text, as for
 * standard input), the scope and waivers, the SARIF file name and the AWS Well-Architected Tool ids. The
 * parameters are the command line's options without their dashes.
 *
 * @param kind the report to answer with
 * @param syntax the body's syntax, or null when the request did not say
 * @param options scope and waivers
 * @param file the workload's path in its repository, for SARIF; null for the default
 * @param waWorkloadId the tool's workload id for the answers
 * @param waLensArn the ARN of the imported lens for the answers; null unless they are asked for
 */
record AssessmentRequest(ReportKind kind, DocumentSyntax syntax, AssessmentOptions options, String file,
        String waWorkloadId, String waLensArn) {

    static final Set<String> PARAMETERS = Set.of("pillar", "phase", "practice", "waive", "file", "wa-workload-id",
            "wa-lens-arn");

    /** Reads the request's headers and query; refuses with 406, 415 or 400 before the body is touched. */
    static AssessmentRequest of(Headers headers, String rawQuery) {
        ReportKind kind = ReportKind.negotiate(headers.getFirst("Accept"));
        DocumentSyntax syntax = syntax(headers.getFirst("Content-Type"));
        Query query = Query.parse(rawQuery);
        query.allowOnly(PARAMETERS);
        AssessmentOptions options = options(query);
        String file = query.single("file").map(AssessmentRequest::relativeUri).orElse(null);
        if (file != null && kind != ReportKind.SARIF) {
            throw Problem.inParameter("file", "goes with Accept: " + ReportKind.SARIF.mediaType());
        }
        String workloadId = query.single("wa-workload-id").orElse(null);
        String lensArn = query.single("wa-lens-arn").orElse(null);
        if (kind != ReportKind.WA_ANSWERS) {
            if (workloadId != null || lensArn != null) {
                throw Problem.inParameter(workloadId != null ? "wa-workload-id" : "wa-lens-arn",
                        "goes with Accept: " + ReportKind.WA_ANSWERS.mediaType());
            }
            return new AssessmentRequest(kind, syntax, options, file, null, null);
        }
        if (lensArn == null) {
            throw Problem.inParameter("wa-lens-arn", "the answers need the ARN the tool gave the lens imported from"
                    + " 'mllens lens-export'");
        }
        String id = workloadId == null ? WaTool.PLACEHOLDER_WORKLOAD_ID : workloadId;
        check("wa-workload-id", () -> UpdateAnswer.requireWorkloadId(id));
        check("wa-lens-arn", () -> UpdateAnswer.requireCustomLensArn(lensArn));
        return new AssessmentRequest(kind, syntax, options, file, id, lensArn);
    }

    /** The body's syntax from its media type: JSON, YAML (under any of its usual names), null when not given. */
    static DocumentSyntax syntax(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset") && param.length == 2) {
                String charset = param[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw Problem.of(415, "charset " + SafeText.quoted(charset) + ": workload documents are read as UTF-8");
                }
            }
        }
        switch (parts[0].trim().toLowerCase(Locale.ROOT)) {
            case "application/json":
                return DocumentSyntax.JSON;
            case "application/yaml":
            case "application/x-yaml":
            case "text/yaml":
            case "text/x-yaml":
                return DocumentSyntax.YAML;
            default:
                throw Problem.of(415, "Content-Type " + SafeText.quoted(parts[0].trim()) + " is not a workload document:"
                        + " send application/json or application/yaml");
        }
    }

    private static AssessmentOptions options(Query query) {
        AssessmentOptions.Builder b = AssessmentOptions.builder()
                .pillars(constants(query, "pillar", Pillar.class))
                .phases(constants(query, "phase", Phase.class));
        check("practice", () -> b.practices(query.list("practice")));
        for (String w : query.all("waive")) {
            check("waive", () -> b.waive(WaiverText.parse(w, "waive")));
        }
        return b.build();
    }

    /** Enum constants by name, in any case, as the command line reads them. */
    private static <E extends Enum<E>> List<E> constants(Query query, String name, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String v : query.list(name)) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw Problem.inParameter(name, SafeText.quoted(v) + " is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }

    /** Runs a check of the library; its refusal names the parameter. */
    private static void check(String parameter, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw Problem.inParameter(parameter, e.getMessage());
        }
    }

    /** A path relative to the repository root, as code scanning resolves SARIF locations, as a URI reference. */
    private static String relativeUri(String path) {
        String p = path.replace('\\', '/');
        if (p.isBlank() || p.startsWith("/") || p.contains(":") || Arrays.asList(p.split("/")).contains("..")) {
            throw Problem.inParameter("file", SafeText.quoted(path) + " is not a path relative to the repository root,"
                    + " e.g. ml/workload.yaml");
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw Problem.inParameter("file", SafeText.quoted(path) + " is not a path: " + e.getReason());
        }
    }
}
