package dev.mllens.watool;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The parameters of one AWS Well-Architected Tool {@code UpdateAnswer} call, exactly: written as JSON,
 * {@code aws wellarchitected update-answer --cli-input-json "$element"} or boto3
 * {@code update_answer(**element)} accept it unchanged. The constructor enforces what the tool would
 * reject: a malformed workload id or lens ARN, notes over the limit, a choice both selected and not
 * applicable, or "none of these" marked not applicable.
 *
 * @param workloadId the tool's workload id: 32 lower-case hex characters
 * @param lensAlias the ARN of the imported custom lens
 * @param questionId e.g. {@code MLSEC03}
 * @param selectedChoices the selected choice ids (replaces the tool's selection; may be empty)
 * @param choiceUpdates the choices marked not applicable, with reason and note; left out of the JSON when empty
 * @param notes the question's notes, at most {@value #MAX_NOTES} characters
 * @param isApplicable false when the whole question does not apply
 * @param reason why the question does not apply; present only then
 */
@API(status = API.Status.EXPERIMENTAL)
@JsonPropertyOrder({"WorkloadId", "LensAlias", "QuestionId", "SelectedChoices", "ChoiceUpdates", "Notes", "IsApplicable", "Reason"})
public record UpdateAnswer(
        @JsonProperty("WorkloadId") String workloadId,
        @JsonProperty("LensAlias") String lensAlias,
        @JsonProperty("QuestionId") String questionId,
        @JsonProperty("SelectedChoices") List<String> selectedChoices,
        @JsonProperty("ChoiceUpdates") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ChoiceUpdate> choiceUpdates,
        @JsonProperty("Notes") String notes,
        @JsonProperty("IsApplicable") boolean isApplicable,
        @JsonProperty("Reason") ToolReason reason) {

    /** The tool's limit for a question's notes. */
    public static final int MAX_NOTES = 2084;

    /** What the tool accepts as a workload id. */
    public static final Pattern WORKLOAD_ID = Pattern.compile("[0-9a-f]{32}");

    /** A custom lens's ARN: partition, Region, 12-digit account, lens id; at most 128 characters in all. */
    public static final Pattern CUSTOM_LENS_ARN = Pattern.compile("arn:aws[a-z-]*:wellarchitected:[a-z0-9-]+:\\d{12}:lens/[A-Za-z0-9_-]+");

    public UpdateAnswer {
        Objects.requireNonNull(questionId, "questionId");
        requireWorkloadId(workloadId);
        requireCustomLensArn(lensAlias);
        selectedChoices = List.copyOf(selectedChoices);
        choiceUpdates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choiceUpdates));
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException(questionId + ": notes are limited to " + MAX_NOTES + " characters, were " + notes.length());
        }
        if (isApplicable == (reason != null)) {
            throw new IllegalArgumentException(questionId + ": a reason goes with a question that is not applicable, and only then");
        }
        Set<String> selected = new HashSet<>(selectedChoices);
        choiceUpdates.forEach((choice, update) -> {
            if (update.status() == ChoiceStatus.NOT_APPLICABLE && selected.contains(choice)) {
                throw new IllegalArgumentException(questionId + ": choice " + choice + " is both selected and not applicable");
            }
            if (update.status() == ChoiceStatus.NOT_APPLICABLE && choice.endsWith("_no")) {
                throw new IllegalArgumentException(questionId + ": choice " + choice + " (none of these) cannot be not applicable");
            }
        });
    }

    /** Checks a workload id; the message says what the tool expects. */
    public static String requireWorkloadId(String workloadId) {
        if (workloadId == null || !WORKLOAD_ID.matcher(workloadId).matches()) {
            throw new IllegalArgumentException("the workload id must be the tool's 32 lower-case hex characters, was '"
                    + workloadId + "'");
        }
        return workloadId;
    }

    /** Checks a custom lens ARN; the message says what the tool expects. */
    public static String requireCustomLensArn(String lensArn) {
        if (lensArn == null || lensArn.length() > 128 || !CUSTOM_LENS_ARN.matcher(lensArn).matches()) {
            throw new IllegalArgumentException("the lens ARN must be the one the tool gave the imported lens, "
                    + "arn:aws:wellarchitected:REGION:ACCOUNT:lens/ID (at most 128 characters), was '" + lensArn + "'");
        }
        return lensArn;
    }
}
