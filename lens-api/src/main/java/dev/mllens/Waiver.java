package dev.mllens;

import dev.mllens.lens.Lens;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person's decision that a best practice does not apply to a workload. The practice then reports
 * NOT_APPLICABLE whatever its rules conclude, and the reason and note appear in the finding.
 *
 * @param bestPracticeId the practice, e.g. {@code MLSEC04-BP02}; must exist in the lens
 * @param reason one of the tool's reasons
 * @param note why, in a sentence; required for {@link WaiverReason#OTHER}
 */
@API(status = API.Status.STABLE)
public record Waiver(String bestPracticeId, WaiverReason reason, String note) {

    public Waiver {
        Objects.requireNonNull(bestPracticeId, "bestPracticeId");
        Objects.requireNonNull(reason, "reason");
        Lens.catalog().require(bestPracticeId);
        if (reason == WaiverReason.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("waiver of " + bestPracticeId + ": reason OTHER needs a note saying why");
        }
    }

    /** A waiver with a note. */
    public static Waiver of(String bestPracticeId, WaiverReason reason, String note) {
        return new Waiver(bestPracticeId, reason, note);
    }

    /** The sentence used as the finding's reason. */
    public String describe() {
        return "waived (" + reason + ")" + (note == null || note.isBlank() ? "" : ": " + note);
    }
}
