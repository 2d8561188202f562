package dev.mllens.rules.internal;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Emitted by a practice rule when the practice does not apply to the workload for a reason only that
 * practice has (single-node training, a single model); the reason says why in terms of the facts. It wins
 * over checks. The practice is the one the emitting rule belongs to. Conditions that several practices
 * share are declared in the catalog instead ({@code applies = ...}) and decided by the engine.
 *
 * @param reason why it does not apply, e.g. "training.distributionStrategy = NONE: training runs on a single node"
 */
@API(status = API.Status.INTERNAL)
public record NotApplicable(String reason) {
    public NotApplicable {
        Objects.requireNonNull(reason);
    }
}
