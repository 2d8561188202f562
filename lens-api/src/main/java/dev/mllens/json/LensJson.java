package dev.mllens.json;

import dev.mllens.Assessment;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.ImprovementPlan;
import dev.mllens.QuestionResult;
import dev.mllens.Waiver;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.internal.AttestationDeserializer;
import dev.mllens.internal.JsonErrors;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.InvalidWorkloadException;
import dev.mllens.workload.Workload;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static Workload readWorkload(Reader json) {
        return read(() -> MAPPER.readValue(json, Workload.class), null, DocumentSyntax.JSON);
    }

    /** Reads a workload document (a UTF-8 byte-order mark is ignored); the stream is not closed. */
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
    public static String write(Workload workload) {
        return MAPPER.writeValueAsString(workload);
    }

    /** Writes an assessment report: the public contract of the JSON output (see the README). */
    public static String write(Assessment assessment) {
        return MAPPER.writeValueAsString(AssessmentDocument.of(assessment));
    }

    /**
     * Writes an assessment report with its comparison against a baseline: the document of
     * {@link #write(Assessment)} plus a {@code comparison} object.
     */
    public static String write(Comparison comparison) {
        return MAPPER.writeValueAsString(AssessmentDocument.of(comparison.assessment(), ComparisonDocument.of(comparison)));
    }

    /**
     * Reads a baseline from a saved assessment report (the output of {@link #write(Assessment)}, or of
     * {@code mllens assess --format json}). Only {@code workload.id} and each finding's
     * {@code bestPracticeId}, {@code status} and {@code risk} are read; other fields are ignored, so
     * reports written by other versions still serve as baselines.
     */
    public static Baseline readBaseline(String json) {
        return baseline(() -> BASELINE_READER.readValue(json));
    }

    /** Reads a baseline from a saved assessment report; the reader is not closed. */
    public static Baseline readBaseline(Reader json) {
        return baseline(() -> BASELINE_READER.readValue(json));
    }

    /** The part of a report a baseline needs. */
    private record BaselineDocument(WorkloadRef workload, List<RatedFinding> findings) {
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
        return MAPPER.writeValueAsString(lens.practices().stream().map(PracticeDocument::of).toList());
    }

    /** Parses an assessment report written by {@link #write(Assessment)} back into its document form. */
    public static AssessmentDocument readAssessment(String json) {
        try {
            return MAPPER.readValue(json, AssessmentDocument.class);
        } catch (JacksonException e) {
            throw JsonErrors.translate(e);
        }
    }

    /**
     * The JSON form of an assessment.
     *
     * @param lensEdition lens edition, e.g. 2025-11
     * @param workload id and name of the workload
     * @param practicesInScope number of findings
     * @param practicesWithRules ids in scope that have rules
     * @param questionsInScope number of questions all of whose practices are in scope
     * @param statusCounts findings per status
     * @param practiceRiskCounts findings per risk key
     * @param practiceRiskCountsByPillar the same per pillar
     * @param questionRiskCounts questions per risk, as the AWS Well-Architected Tool counts them (its RiskCounts)
     * @param questionRiskCountsByPillar the same per pillar
     * @param findings one per practice in scope, in lens order
     * @param questions one per question in scope, in lens order
     * @param improvementPlan what to do next, most urgent first
     * @param waivers waivers applied
     * @param unassessed ids in scope without rules yet
     * @param comparison the comparison with a baseline; absent when none was given
     */
    @API(status = API.Status.STABLE)
    public record AssessmentDocument(String lensEdition, WorkloadRef workload, int practicesInScope,
            int practicesWithRules, int questionsInScope, Map<Status, Integer> statusCounts,
            Map<Risk, Integer> practiceRiskCounts, Map<Pillar, Map<Risk, Integer>> practiceRiskCountsByPillar,
            Map<Risk, Integer> questionRiskCounts, Map<Pillar, Map<Risk, Integer>> questionRiskCountsByPillar,
            List<Finding> findings, List<QuestionDocument> questions, List<ImprovementPlan.Item> improvementPlan,
            List<Waiver> waivers, Set<String> unassessed, ComparisonDocument comparison) {

        static AssessmentDocument of(Assessment a) {
            return of(a, null);
        }

        static AssessmentDocument of(Assessment a, ComparisonDocument comparison) {
            return new AssessmentDocument(a.lensEdition(), new WorkloadRef(a.workloadId(), a.workloadName()),
                    a.findings().size(), a.findings().size() - a.unassessed().size(), a.questions().size(),
                    a.statusCounts(), a.practiceRiskCounts(), a.practiceRiskCountsByPillar(), a.questionRiskCounts(),
                    a.questionRiskCountsByPillar(), a.findings(), a.questions().stream().map(QuestionDocument::of).toList(),
                    a.improvementPlan().items(), a.waivers(), new java.util.TreeSet<>(a.unassessed()), comparison);
        }
    }

    /**
     * The JSON form of a question in an assessment.
     *
     * @param questionId e.g. MLSEC03, also the tool's question id
     * @param title the question in mllens's words
     * @param pillar its pillar
     * @param phase its lifecycle phase
     * @param risk its risk as the tool computes it from the answer below
     * @param bestPracticeIds its practices, whose findings are in {@code findings}
     * @param selectedChoices the tool's choice ids the answer selects
     * @param notApplicableChoices the tool's choice ids the answer marks not applicable
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record QuestionDocument(String questionId, String title, Pillar pillar, dev.mllens.lens.Phase phase, Risk risk,
            List<String> bestPracticeIds, List<String> selectedChoices, List<String> notApplicableChoices) {

        static QuestionDocument of(QuestionResult q) {
            return new QuestionDocument(q.questionId(), q.question().title(), q.question().pillar(), q.question().phase(),
                    q.risk(), q.question().practiceIds(), q.selectedChoices(), q.notApplicableChoices());
        }
    }

    /**
     * The JSON form of a comparison with a baseline.
     *
     * @param counts findings per kind: NEW, WORSE, BETTER, UNCHANGED
     * @param changes the findings that are new, worse or better, in lens order
     * @param dropped practice ids the baseline rated that are out of scope now
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record ComparisonDocument(Map<Comparison.Kind, Integer> counts, List<ChangeDocument> changes,
            List<String> dropped) {

        static ComparisonDocument of(Comparison c) {
            return new ComparisonDocument(c.counts(), c.changes().stream()
                    .filter(ch -> ch.kind() != Comparison.Kind.UNCHANGED)
                    .map(ch -> new ChangeDocument(ch.bestPracticeId(), ch.kind(), ch.before(), ch.after()))
                    .toList(), c.dropped());
        }
    }

    /**
     * One finding that moved against the baseline.
     *
     * @param bestPracticeId the practice
     * @param kind NEW, WORSE or BETTER
     * @param before the baseline's status and risk; absent for NEW
     * @param after the new status and risk
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record ChangeDocument(String bestPracticeId, Comparison.Kind kind, Baseline.Rating before,
            Baseline.Rating after) {
    }

    /** Id and name of the assessed workload. */
    @API(status = API.Status.STABLE)
    public record WorkloadRef(String id, String name) {
    }

    /** The JSON form of a catalog entry. */
    @API(status = API.Status.STABLE)
    public record PracticeDocument(String id, String title, Pillar pillar, dev.mllens.lens.Phase phase,
            String questionId, dev.mllens.lens.RiskLevel risk, String waQuestionId, String waChoiceId, String summary,
            List<String> improvementSteps, List<String> stepKeys, List<dev.mllens.lens.Applicability> appliesWhen,
            String documentationUrl) {

        static PracticeDocument of(BestPractice p) {
            return new PracticeDocument(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), p.risk(),
                    p.questionId(), p.waChoiceId(), p.summary(), p.improvementSteps(),
                    p.steps().stream().map(dev.mllens.lens.ImprovementStep::key).toList(), List.copyOf(p.appliesWhen()),
                    p.documentationUrl());
        }
    }
}
