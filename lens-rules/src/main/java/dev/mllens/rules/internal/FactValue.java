package dev.mllens.rules.internal;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fact a rule reads, with its path in the workload and its value as stated ({@code null}: not stated).
 * Rules get them from {@link Facts}, so the path always names a fact of the model.
 *
 * @param path the fact's path, e.g. {@code datasets[transactions].encryptionAtRest}
 * @param value the stated value, or {@code null}
 * @param <V> the fact's type
 */
@API(status = API.Status.INTERNAL)
public record FactValue<V>(String path, V value) {

    public FactValue {
        Objects.requireNonNull(path, "path");
    }

    /** Whether the workload states this fact. */
    public boolean stated() {
        return value != null;
    }
}
