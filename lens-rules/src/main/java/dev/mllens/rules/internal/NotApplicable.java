package dev.mllens.rules.internal;

import java.util.Objects;

/**
 * Inserted by a practice rule when the practice does not apply to the workload; the reason says why
 * in terms of the facts (e.g. "context.inferenceMode = BATCH: no hosted endpoint"). It wins over checks.
 *
 * @param practiceId the practice
 * @param reason why it does not apply
 */
public record NotApplicable(String practiceId, String reason) {
    public NotApplicable {
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(reason);
    }
}
