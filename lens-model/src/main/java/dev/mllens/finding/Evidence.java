package dev.mllens.finding;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fact a rule used, with its value as stated: {@code datasets[transactions].encryptionAtRest = NONE}.
 *
 * @param fact path of the fact in the workload
 * @param value the value rendered as text, or {@code "not stated"}
 */
@API(status = API.Status.STABLE)
public record Evidence(String fact, String value) {

    public Evidence {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return fact + " = " + value;
    }
}
