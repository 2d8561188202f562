package dev.mllens.watool;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One entry of {@code ChoiceUpdates} in an {@code UpdateAnswer} call: the choice's status, with the reason
 * and a note when it is not applicable.
 *
 * @param status the new status
 * @param reason why it is not applicable; absent otherwise
 * @param notes at most {@value #MAX_NOTES} characters, or absent
 */
@API(status = API.Status.EXPERIMENTAL)
@JsonPropertyOrder({"Status", "Reason", "Notes"})
public record ChoiceUpdate(
        @JsonProperty("Status") ChoiceStatus status,
        @JsonProperty("Reason") ToolReason reason,
        @JsonProperty("Notes") String notes) {

    /** The tool's limit for a choice's notes. */
    public static final int MAX_NOTES = 250;

    public ChoiceUpdate {
        Objects.requireNonNull(status, "status");
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("choice notes are limited to " + MAX_NOTES + " characters, were " + notes.length());
        }
    }
}
