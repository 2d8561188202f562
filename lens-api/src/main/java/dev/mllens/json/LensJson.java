package dev.mllens.json;

import dev.mllens.Assessment;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.internal.AttestationDeserializer;
import dev.mllens.internal.JsonErrors;
import dev.mllens.lens.Lens;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.InvalidWorkloadException;
import dev.mllens.workload.Workload;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes workloads, assessments and the catalog as JSON (Jackson 3), and workloads as YAML.
 * Reading is strict, and the same for both syntaxes: unknown fields, wrong types, numbers where whole
 * numbers are expected, duplicate keys and impossible values are rejected with a
 * {@link WorkloadFormatException} naming the JSON path (and, for YAML, the line). Thread-safe.
 */
@API(status = API.Status.STABLE)
public final class LensJson {

    private static final JsonMapper MAPPER = strict(JsonMapper.builder());

    /** The same reading rules for YAML; written without a document marker and with few quotes. */
    private static final YAMLMapper YAML = strict(YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES));

    /** One configuration for both syntaxes, so that YAML is read exactly as strictly as JSON. */
    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        return builder
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("mllens").addDeserializer(Attestation.class, new AttestationDeserializer()))
            // editors bind a schema with a top-level "$schema" key: allowed there, nowhere else
            .addMixIn(Workload.class, SchemaKeyAllowed.class)
            .build();
    }

    @JsonIgnoreProperties({"$schema"})
    private interface SchemaKeyAllowed {
    }

    /** Baselines read only the ratings from a report, and ignore the rest. */
    private static final ObjectReader BASELINE_READER = MAPPER.readerFor(BaselineDocument.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
        String body = withoutByteOrderMark(text);
        ObjectMapper mapper = mapper(syntax);
        return read(() -> mapper.readValue(body, Workload.class), body, syntax);
    }

    /**
     * Reads a workload document and where each of its facts stands in the text (line and column), for
     * reports that point into the file, such as SARIF.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static LocatedWorkload readLocated(String text, DocumentSyntax syntax) {
        Workload workload = readWorkload(text, syntax);
        return new LocatedWorkload(workload, LocationWalker.walk(mapper(syntax).createParser(withoutByteOrderMark(text))));
    }

    /** Reads a workload document; the reader is not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(Reader json) {
        return read(() -> MAPPER.readValue(json, Workload.class), null, DocumentSyntax.JSON);
    }

    /** Reads a workload document (a UTF-8 byte-order mark is ignored); the stream is not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Workload readWorkload(InputStream json) {
        return read(() -> MAPPER.readValue(json, Workload.class), null, DocumentSyntax.JSON);
    }

    private static ObjectMapper mapper(DocumentSyntax syntax) {
        return syntax == DocumentSyntax.YAML ? YAML : MAPPER;
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Reads with {@code parse}; {@code text}, when known, gives YAML errors their line. */
    private static Workload read(Supplier<Workload> parse, String text, DocumentSyntax syntax) {
        Workload w;
        try {
            w = parse.get();
        } catch (JacksonException e) {
            throw withLine(JsonErrors.translate(e, syntax.name()), text, syntax);
        } catch (InvalidWorkloadException e) {
            throw withLine(new WorkloadFormatException("$." + e.field(), e.problem(), e), text, syntax);
        }
        if (w == null) {
            throw new WorkloadFormatException("$", "expected a workload object, got null", null);
        }
        return w;
    }

    /** A YAML error names the line of the value as well as its path (JSON errors keep their path alone). */
    private static WorkloadFormatException withLine(WorkloadFormatException e, String text, DocumentSyntax syntax) {
        if (syntax != DocumentSyntax.YAML || text == null || e.line() > 0) {
            return e;
        }
        FactLocations where = LocationWalker.walk(YAML.createParser(text));
        int line = where.isEmpty() ? 0 : where.locate(e.path()).line();
        return line == 0 ? e : new WorkloadFormatException(e.path(), e.problem(), line, e.getCause());
    }

    /** Writes a workload as YAML; facts that are not stated are left out. */
    @API(status = API.Status.EXPERIMENTAL)
    public static String writeYaml(Workload workload) {
        return YAML.writeValueAsString(workload);
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
     * Reads a baseline from a saved assessment report (the output of {@link #write(Assessment)}, or of
     * {@code mllens assess --format json}). Only {@code workload.id} and each finding's
     * {@code bestPracticeId}, {@code status} and {@code risk} are read; other fields are ignored, so
     * reports written by other versions still serve as baselines.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static Baseline readBaseline(String json) {
        return baseline(() -> BASELINE_READER.readValue(json));
    }

    /** Reads a baseline from a saved assessment report; the reader is not closed. */
    @API(status = API.Status.EXPERIMENTAL)
    public static Baseline readBaseline(Reader json) {
        return baseline(() -> BASELINE_READER.readValue(json));
    }

    /** The part of a report a baseline needs. */
    private record BaselineDocument(ReportDocuments.WorkloadRef workload, List<RatedFinding> findings) {
    }

    private record RatedFinding(String bestPracticeId, Status status, Risk risk) {
    }

    private static Baseline baseline(Supplier<BaselineDocument> parse) {
        BaselineDocument doc;
        try {
            doc = parse.get();
        } catch (JacksonException e) {
            throw JsonErrors.translate(e);
        }
        if (doc == null) {
            throw new WorkloadFormatException("$", "expected an assessment report object, got null", null);
        }
        if (doc.findings() == null) {
            throw new WorkloadFormatException("$.findings", "missing: a baseline is a saved assessment report", null);
        }
        Map<String, Baseline.Rating> ratings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < doc.findings().size(); i++) {
            RatedFinding f = doc.findings().get(i);
            String at = "$.findings[" + i + "]";
            if (f == null) {
                throw new WorkloadFormatException(at, "expected a finding object, got null", null);
            }
            String id = require(f.bestPracticeId(), at + ".bestPracticeId");
            if (ratings.put(id, new Baseline.Rating(require(f.status(), at + ".status"), require(f.risk(), at + ".risk"))) != null) {
                throw new WorkloadFormatException(at + ".bestPracticeId", "duplicate practice " + id, null);
            }
        }
        return new Baseline(doc.workload() == null ? null : doc.workload().id(), ratings);
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
