package dev.mllens.json;

import dev.mllens.Assessment;
import dev.mllens.ImprovementPlan;
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
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes workloads, assessments and the catalog as JSON (Jackson 3). Reading is strict:
 * unknown fields, wrong types, numbers where whole numbers are expected, duplicate keys and impossible
 * values are rejected with a {@link WorkloadFormatException} naming the JSON path. Thread-safe.
 */
@API(status = API.Status.STABLE)
public final class LensJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("mllens").addDeserializer(Attestation.class, new AttestationDeserializer()))
            .build();

    private LensJson() {
    }

    /** Reads a workload document. */
    public static Workload readWorkload(String json) {
        return read(() -> MAPPER.readValue(json, Workload.class));
    }

    /** Reads a workload document; the reader is not closed. */
    public static Workload readWorkload(Reader json) {
        return read(() -> MAPPER.readValue(json, Workload.class));
    }

    /** Reads a workload document; the stream is not closed. */
    public static Workload readWorkload(InputStream json) {
        return read(() -> MAPPER.readValue(json, Workload.class));
    }

    private static Workload read(Supplier<Workload> parse) {
        Workload w;
        try {
            w = parse.get();
        } catch (JacksonException e) {
            throw JsonErrors.translate(e);
        } catch (InvalidWorkloadException e) {
            throw new WorkloadFormatException("$." + e.field(), e.problem(), e);
        }
        if (w == null) {
            throw new WorkloadFormatException("$", "expected a workload object, got null", null);
        }
        return w;
    }

    /** Writes a workload; facts that are not stated are left out. */
    public static String write(Workload workload) {
        return MAPPER.writeValueAsString(workload);
    }

    /** Writes an assessment report: the public contract of the JSON output (see the README). */
    public static String write(Assessment assessment) {
        return MAPPER.writeValueAsString(AssessmentDocument.of(assessment));
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
     * @param statusCounts findings per status
     * @param riskCounts findings per risk key, like the AWS tool
     * @param riskCountsByPillar the same per pillar
     * @param findings one per practice in scope, in lens order
     * @param improvementPlan what to do next, most urgent first
     * @param waivers waivers applied
     * @param unassessed ids in scope without rules yet
     */
    @API(status = API.Status.STABLE)
    public record AssessmentDocument(String lensEdition, WorkloadRef workload, int practicesInScope,
            int practicesWithRules, Map<Status, Integer> statusCounts, Map<Risk, Integer> riskCounts,
            Map<Pillar, Map<Risk, Integer>> riskCountsByPillar, List<Finding> findings,
            List<ImprovementPlan.Item> improvementPlan, List<Waiver> waivers, Set<String> unassessed) {

        static AssessmentDocument of(Assessment a) {
            return new AssessmentDocument(a.lensEdition(), new WorkloadRef(a.workloadId(), a.workloadName()),
                    a.findings().size(), a.findings().size() - a.unassessed().size(), a.statusCounts(), a.riskCounts(),
                    a.riskCountsByPillar(), a.findings(), a.improvementPlan().items(), a.waivers(),
                    new java.util.TreeSet<>(a.unassessed()));
        }
    }

    /** Id and name of the assessed workload. */
    @API(status = API.Status.STABLE)
    public record WorkloadRef(String id, String name) {
    }

    /** The JSON form of a catalog entry. */
    @API(status = API.Status.STABLE)
    public record PracticeDocument(String id, String title, Pillar pillar, dev.mllens.lens.Phase phase,
            String questionId, dev.mllens.lens.RiskLevel risk, String waQuestionId, String waChoiceId, String summary,
            List<String> improvementSteps) {

        static PracticeDocument of(BestPractice p) {
            return new PracticeDocument(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), p.risk(),
                    p.questionId(), p.waChoiceId(), p.summary(), p.improvementSteps());
        }
    }
}
