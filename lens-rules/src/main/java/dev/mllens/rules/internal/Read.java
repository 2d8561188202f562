package dev.mllens.rules.internal;

import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads one component of a workload record and knows its name, such as
 * {@code Training_.interNodeEncryption}: the build generates one constant per component
 * ({@code dev.mllens.rules.internal.readers}, from lens-rules/src/build/ReadersGenerator.java), so the
 * compiler checks that a fact a rule names exists and what type it has, and {@link Facts} builds the
 * fact's path from the name without reflection.
 *
 * @param <S> the record that holds the fact
 * @param <V> the fact's type
 */
@API(status = API.Status.INTERNAL)
public abstract class Read<S, V> implements Function<S, V> {

    private final String name;
    /** The fact's path when the record is a singleton section, once {@link Facts} has made it. */
    String sectionPath;
    /** Whether the record is a list entity, whose fact paths name the entity and so are made each time. */
    boolean ofEntity;

    protected Read(String name) {
        this.name = java.util.Objects.requireNonNull(name, "name");
    }

    /** The name of the record component read, e.g. {@code interNodeEncryption}. */
    public final String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
