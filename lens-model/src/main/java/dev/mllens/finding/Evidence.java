package dev.mllens.finding;

import dev.mllens.workload.Attestation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fact a rule used, with its value as stated: {@code datasets[transactions].encryptionAtRest = NONE}.
 *
 * <p>The value is typed as the fact model types it, so that it can be written as a JSON value and
 * compared without parsing text: a {@link Boolean}, a {@link Number} (an {@code Integer} or a
 * {@code Double}), a {@link String}, an enum constant, an {@link Attestation} (a person's statement),
 * an unmodifiable {@link List} of such scalars (a set's elements keep the set's order), or {@code null}
 * when the workload does not state the fact. {@link #text()} renders it for people.
 *
 * @param fact path of the fact in the workload
 * @param value the stated value, or {@code null} when not stated
 */
@API(status = API.Status.STABLE)
public record Evidence(String fact, Object value) {

    /**
     * @throws IllegalArgumentException when the value is of a type no fact has (a map, a record other than
     *     an attestation, a list of lists), so that no fact's value ends up as stringified Java
     */
    public Evidence {
        Objects.requireNonNull(fact, "fact");
        value = normalized(fact, value);
    }

    /** Whether the workload states the fact. */
    public boolean stated() {
        return value != null;
    }

    /**
     * The value for people: {@code not stated}, {@code none} for an empty set, {@code [A, B]} for a set,
     * {@code attested yes (note) by X} for a statement, otherwise the value itself.
     */
    public String text() {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.toString();
        }
        return String.valueOf(value);
    }

    // equals and hashCode as a record's own (component by component; 31 * fact's hash + value's): written out
    // because findings compare evidence often (keeping each fact once) and the generated ones showed in profiles
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Evidence e && fact.equals(e.fact) && Objects.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * fact.hashCode() + Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return fact + " = " + text();
    }

    private static Object normalized(String fact, Object value) {
        if (value == null || scalar(value) || value instanceof Attestation) {
            return value;
        }
        if (value instanceof Collection<?> c) {
            List<Object> items = new ArrayList<>(c.size());
            for (Object item : c) {
                if (item == null || !scalar(item)) {
                    throw unsupported(fact, item);
                }
                items.add(item);
            }
            return Collections.unmodifiableList(items);
        }
        throw unsupported(fact, value);
    }

    private static boolean scalar(Object v) {
        return v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Double
                || v instanceof String || v instanceof Enum<?>;
    }

    private static IllegalArgumentException unsupported(String fact, Object value) {
        return new IllegalArgumentException("evidence " + fact + ": a fact value is a boolean, number, string, enum"
                + " constant, attestation or a list of scalars, was " + (value == null ? "null in a list"
                : value.getClass().getName()));
    }
}
