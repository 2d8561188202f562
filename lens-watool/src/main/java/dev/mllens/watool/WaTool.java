package dev.mllens.watool;

import dev.mllens.Assessment;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.watool.internal.AnswerExport;
import dev.mllens.watool.internal.LensExport;
import dev.mllens.watool.internal.ReviewReader;
import dev.mllens.watool.internal.ToolIds;
import dev.mllens.watool.internal.ToolJson;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The bridge to the AWS Well-Architected Tool, in the tool's own formats. No I/O: every call takes and
 * returns strings or values.
 *
 * <ul>
 *   <li>{@link #lensExport()}: the lens as a custom lens to import;</li>
 *   <li>{@link #answers}: an assessment as the parameters of one {@code UpdateAnswer} call per question;</li>
 *   <li>{@link #readAnswers}: a review from the tool's {@code list-answers} / {@code get-answer} output, to
 *       compare with the evidence by {@link Reconciliation#of}.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class WaTool {

    /** The workload id written when none is given: replace it, or pass the tool's id. */
    public static final String PLACEHOLDER_WORKLOAD_ID = "00000000000000000000000000000000";

    private WaTool() {
    }

    /**
     * The lens as an AWS Well-Architected Tool custom lens (JSON, schema 2021-11-01), for
     * {@code aws wellarchitected import-lens --json-string file://ml-lens.json}: the official pillar, question
     * and choice ids and risk rules, the practice titles, and mllens's question texts, summaries and
     * improvement steps with each practice's documentation page.
     */
    public static String lensExport() {
        return LensExport.json(Lens.catalog());
    }

    /**
     * The assessment's answers: one {@code UpdateAnswer} parameter set per question in scope (35 for a full
     * assessment), in lens order. The tool computes from each the question risk the assessment reports.
     *
     * @param workloadId the tool's workload id (32 lower-case hex characters), or {@link #PLACEHOLDER_WORKLOAD_ID}
     * @param lensArn the ARN the tool gave the lens imported from {@link #lensExport()}
     * @throws IllegalArgumentException when the workload id or the ARN is not what the tool accepts
     */
    public static List<UpdateAnswer> answers(Assessment assessment, String workloadId, String lensArn) {
        Objects.requireNonNull(assessment, "assessment");
        return AnswerExport.answers(assessment, UpdateAnswer.requireWorkloadId(workloadId),
                UpdateAnswer.requireCustomLensArn(lensArn));
    }

    /** {@link #answers} as a JSON array, one element per call, each usable as {@code --cli-input-json}. */
    public static String answersJson(Assessment assessment, String workloadId, String lensArn) {
        return toJson(answers(assessment, workloadId, lensArn));
    }

    /** {@code UpdateAnswer} parameter sets as a JSON array. */
    public static String toJson(List<UpdateAnswer> answers) {
        return ToolJson.MAPPER.writeValueAsString(answers);
    }

    /**
     * Reads a review from the tool's output: {@code aws wellarchitected list-answers} (paged responses as
     * one document, an array, or one after another) and {@code get-answer}, in any mix.
     *
     * @throws ReviewFormatException naming the JSON path when the text is not the tool's output, names a
     *         question or choice the lens does not have, or mixes lenses or workloads
     */
    public static Review readAnswers(String json) {
        return ReviewReader.read(Objects.requireNonNull(json, "json"));
    }

    /** The tool's id of a pillar: {@code operationalExcellence}, {@code security}, ... */
    public static String pillarId(Pillar pillar) {
        return ToolIds.pillarId(pillar);
    }
}
