package dev.mllens.finding;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A practice the engine could not conclude: a fault of mllens or of a custom rule, not of the workload.
 * The practice's finding then says so in its reason, and the assessment is incomplete: no gate passes it.
 *
 * @param bestPracticeId the practice, e.g. {@code MLSEC04-BP02}
 * @param message what went wrong, one line
 */
@API(status = API.Status.EXPERIMENTAL)
public record EngineError(String bestPracticeId, String message) {

    public EngineError {
        Objects.requireNonNull(bestPracticeId, "bestPracticeId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return bestPracticeId + ": " + message;
    }
}
