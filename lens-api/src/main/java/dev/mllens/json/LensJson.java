package dev.mllens.json;

import dev.mllens.Assessment;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.internal.DocumentCheck;
import dev.mllens.internal.JsonErrors;
import dev.mllens.internal.StrictMappers;
import dev.mllens.lens.Lens;
import dev.mllens.report.SafeText;
import dev.mllens.workload.InvalidWorkloadException;
import dev.mllens.workload.Workload;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads and writes workloads, assessments and the catalog as JSON (Jackson 3), and workloads as YAML.
 * Reading is strict, and the same for both syntaxes: unknown fields, wrong types (no enum ordinals, no
 * number for a string or the reverse, no fraction for a whole number), infinite numbers, duplicate keys,
 * YAML aliases and impossible values are rejected with a {@link WorkloadFormatException} naming the JSON
 * path (and, for YAML, the line). Every read holds the document to {@link ReadLimits} (the defaults when
 * none are given) while reading, before anything is built from it. Thread-safe.
 */
@API(status = API.Status.STABLE)
public final class LensJson {

    private static final ObjectMapper MAPPER = StrictMappers.defaults().json();

    private LensJson() {
    }

    /** Reads a workload document; a leading byte-order mark is ignored. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(String json) {
        return readWorkload(json, DocumentSyntax.JSON);
    }

    /**
     * Reads a workload document in JSON or YAML, with the same rules for both; a leading byte-order mark
     * is ignored. Errors in a YAML document also give the line of the value.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(String text, DocumentSyntax syntax) {
        return readWorkload(text, syntax, ReadLimits.defaults());
    }

    /** Reads a workload document in JSON or YAML, refusing one over {@code limits}. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(String text, DocumentSyntax syntax, ReadLimits limits) {
        String body = checked(text, syntax, limits);
        ObjectMapper mapper = StrictMappers.of(limits).mapper(syntax);
        return read(() -> mapper.readValue(body, Workload.class), body, syntax, limits);
    }

    /**
     * Reads a workload document and where each of its facts stands in the text (line and column), for
     * reports that point into the file, such as SARIF.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static LocatedWorkload readLocated(String text, DocumentSyntax syntax) {
        return readLocated(text, syntax, ReadLimits.defaults());
    }

    /** As {@link #readLocated(String, DocumentSyntax)}, refusing a document over {@code limits}. */
    @API(status = API.Status.EXPERIMENTAL)
    public static LocatedWorkload readLocated(String text, DocumentSyntax syntax, ReadLimits limits) {
        Workload workload = readWorkload(text, syntax, limits);
        return new LocatedWorkload(workload, LocationWalker.walk(StrictMappers.of(limits).mapper(syntax)
                .createParser(withoutByteOrderMark(text))));
    }

    /** Reads a workload document within the default limits; the reader is not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(Reader json) {
        return readWorkload(DocumentText.read(json, ReadLimits.defaults()));
    }

    /**
     * Reads a UTF-8 workload document within the default limits (a byte-order mark is ignored; bytes that
     * are not UTF-8 are an error naming their line and column); the stream is not closed.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(InputStream json) {
        return readWorkload(DocumentText.read(json, ReadLimits.defaults()));
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * The document without its byte-order mark, once it is known to be within the limits and well formed:
     * one streaming pass over it ({@link DocumentCheck}) before any object is built.
     */
    private static String checked(String text, DocumentSyntax syntax, ReadLimits limits) {
        String body = withoutByteOrderMark(text);
        if (body.length() > limits.maxDocumentLength()) {
            throw DocumentText.tooLong(limits);
        }
        try (JsonParser p = StrictMappers.of(limits).mapper(syntax).createParser(body)) {
            DocumentCheck.check(p, limits);
        } catch (JacksonException e) {
            throw withLine(JsonErrors.translate(e, syntax.name(), limits), body, syntax, limits);
        } catch (WorkloadFormatException e) {
            throw withLine(e, body, syntax, limits);
        }
        return body;
    }

    /** Binds with {@code parse}; {@code text} gives YAML errors their line. */
    private static Workload read(Supplier<Workload> parse, String text, DocumentSyntax syntax, ReadLimits limits) {
        Workload w;
        try {
            w = parse.get();
        } catch (JacksonException e) {
            throw withLine(JsonErrors.translate(e, syntax.name(), limits), text, syntax, limits);
        } catch (InvalidWorkloadException e) {
            throw withLine(new WorkloadFormatException("$." + e.field(), e.problem(), e), text, syntax, limits);
        }
        if (w == null) {
            throw new WorkloadFormatException("$", "expected a workload object, got null", null);
        }
        return w;
    }

    /** A YAML error names the line of the value as well as its path (JSON errors keep their path alone). */
    private static WorkloadFormatException withLine(WorkloadFormatException e, String text, DocumentSyntax syntax,
            ReadLimits limits) {
        if (syntax != DocumentSyntax.YAML || text == null || e.line() > 0) {
            return e;
        }
        FactLocations where = LocationWalker.walk(StrictMappers.of(limits).yaml().createParser(text));
        int line = where.isEmpty() ? 0 : where.locate(e.path()).line();
        return line == 0 ? e : new WorkloadFormatException(e.path(), e.problem(), line, e.getCause());
    }

    /** Writes a workload as YAML; facts that are not stated are left out. */
    @API(status = API.Status.EXPERIMENTAL)
    public static String writeYaml(Workload workload) {
        return StrictMappers.defaults().yaml().writeValueAsString(workload);
    }

    /** Writes a workload; facts that are not stated are left out. */
    @API(status = API.Status.EXPERIMENTAL)
    public static String write(Workload workload) {
        return MAPPER.writeValueAsString(workload);
    }

    /**
     * The version of the JSON report's contract, written as its {@code reportVersion}: a new minor version
     * only adds fields, a new major one changes or removes some. {@link #reportSchema()} describes it.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static final String REPORT_VERSION = ReportDocuments.VERSION;

    /**
     * Writes an assessment report: the public contract of the JSON output, described by
     * {@link #reportSchema()}. Evidence values are JSON values (booleans, numbers, strings, arrays, and
     * attestations as objects), {@code null} when the workload does not state the fact.
     */
    public static String write(Assessment assessment) {
        return MAPPER.writeValueAsString(ReportDocuments.Report.of(assessment, null));
    }

    /**
     * Writes an assessment report with its comparison against a baseline: the document of
     * {@link #write(Assessment)} plus a {@code comparison} object.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static String write(Comparison comparison) {
        return MAPPER.writeValueAsString(ReportDocuments.Report.of(comparison.assessment(),
                ReportDocuments.ComparisonDocument.of(comparison)));
    }

    /**
     * Writes the report of {@link #write(Assessment)} onto {@code out} as it goes, without building it in
     * memory first (the report of a large workload is large: it lists every fact of every entity). The
     * writer is flushed, not closed.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static void write(Assessment assessment, Writer out) {
        MAPPER.writeValue(unclosed(out), ReportDocuments.Report.of(assessment, null));
    }

    /** Writes the report of {@link #write(Comparison)} onto {@code out} as it goes; the writer is flushed, not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static void write(Comparison comparison, Writer out) {
        MAPPER.writeValue(unclosed(out), ReportDocuments.Report.of(comparison.assessment(),
                ReportDocuments.ComparisonDocument.of(comparison)));
    }

    /** {@code out}, which the mapper may close when it is done: closing it only flushes it. */
    private static Writer unclosed(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                out.flush();
            }
        };
    }

    /**
     * Reads a baseline from a saved assessment report (the output of {@link #write(Assessment)}, or of
     * {@code mllens assess --format json}). Only {@code workload.id} and each finding's
     * {@code bestPracticeId}, {@code status} and {@code risk} are read; other fields are ignored, so
     * reports written by other versions still serve as baselines. They are checked like a workload: each
     * id must be a practice of the lens, each status and risk one of their names, and there must be at
     * least one finding.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static Baseline readBaseline(String json) {
        return readBaseline(json, ReadLimits.defaults());
    }

    /** Reads a baseline from a saved assessment report within the default limits; the reader is not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Baseline readBaseline(Reader json) {
        return readBaseline(DocumentText.read(json, ReadLimits.defaults()));
    }

    /** As {@link #readBaseline(String)}, refusing a document over {@code limits}. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Baseline readBaseline(String json, ReadLimits limits) {
        String body = checked(json, DocumentSyntax.JSON, limits);
        ObjectReader reader = StrictMappers.of(limits).json().readerFor(BaselineDocument.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        BaselineDocument doc;
        try {
            doc = reader.readValue(body);
        } catch (JacksonException e) {
            throw JsonErrors.translate(e, DocumentSyntax.JSON.name(), limits);
        }
        return baseline(doc);
    }

    /** The part of a report a baseline needs. */
    private record BaselineDocument(ReportDocuments.WorkloadRef workload, List<RatedFinding> findings) {
    }

    private record RatedFinding(String bestPracticeId, Status status, Risk risk) {
    }

    private static Baseline baseline(BaselineDocument doc) {
        if (doc == null) {
            throw new WorkloadFormatException("$", "expected an assessment report object, got null", null);
        }
        if (doc.findings() == null) {
            throw new WorkloadFormatException("$.findings", "missing: a baseline is a saved assessment report", null);
        }
        if (doc.findings().isEmpty()) {
            throw new WorkloadFormatException("$.findings", "empty: a baseline that rates no practice matches nothing", null);
        }
        Map<String, Baseline.Rating> ratings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < doc.findings().size(); i++) {
            RatedFinding f = doc.findings().get(i);
            String at = "$.findings[" + i + "]";
            if (f == null) {
                throw new WorkloadFormatException(at, "expected a finding object, got null", null);
            }
            String id = require(f.bestPracticeId(), at + ".bestPracticeId");
            if (Lens.catalog().practice(id).isEmpty()) {
                throw new WorkloadFormatException(at + ".bestPracticeId", SafeText.quoted(id) + " is not a practice of the lens ("
                        + Lens.EDITION + " edition: MLOPS01-BP01 ... MLSUS06-BP02)", null);
            }
            if (ratings.put(id, new Baseline.Rating(require(f.status(), at + ".status"), require(f.risk(), at + ".risk"))) != null) {
                throw new WorkloadFormatException(at + ".bestPracticeId", "duplicate practice " + id, null);
            }
        }
        ReportDocuments.WorkloadRef workload = doc.workload();
        if (workload != null && workload.id() != null && workload.id().isBlank()) {
            throw new WorkloadFormatException("$.workload.id", "must not be blank", null);
        }
        return new Baseline(workload == null ? null : workload.id(), ratings);
    }

    private static <T> T require(T value, String path) {
        if (value == null) {
            throw new WorkloadFormatException(path, "missing", null);
        }
        return value;
    }

    /** Writes the lens catalog as an array of practices. */
    public static String writeCatalog(Lens lens) {
        return MAPPER.writeValueAsString(lens.practices().stream().map(ReportDocuments.PracticeDocument::of).toList());
    }

    /**
     * The JSON Schema (draft 2020-12) of the assessment report that {@link #write(Assessment)} and
     * {@link #write(Comparison)} produce: the report's contract, version {@value #REPORT_VERSION}
     * (its {@code reportVersion} field). Strict: a field it does not name is not in the contract.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static String reportSchema() {
        return ReportSchema.JSON;
    }

    /** Loaded on first use: most callers never ask for the schema. */
    private static final class ReportSchema {
        static final String JSON = load();

        private static String load() {
            try (InputStream in = LensJson.class.getResourceAsStream("report.schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("bundled report.schema.json missing");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the bundled report.schema.json", e);
            }
        }
    }
}
