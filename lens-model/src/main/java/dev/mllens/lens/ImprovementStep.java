package dev.mllens.lens;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One improvement step of a practice, with a key that stays the same when steps are added or reordered
 * ({@code S1}, {@code S2}, ... as written in the catalog; new steps take the next free number). Rules cite
 * steps by key; the engine checks every cited key when the rules load.
 *
 * @param key the step's key within its practice, e.g. {@code S3}
 * @param text what to do, in mllens's words
 */
@API(status = API.Status.STABLE)
public record ImprovementStep(String key, String text) {

    public ImprovementStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
    }
}
