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
    /**
     * An entity's fact path around its id, {@code datasets[} and {@code ].versioned}, once {@link Facts} has
     * learned it from the model; null until then, and for a record {@link #idOf} cannot name.
     */
    AroundId aroundId;

    /** The two ends of an entity's fact path; one object, so that a thread sees both or neither. */
    record AroundId(String before, String after) {
    }

    protected Read(String name) {
        this.name = java.util.Objects.requireNonNull(name, "name");
    }

    /** The name of the record component read, e.g. {@code interNodeEncryption}. */
    public final String name() {
        return name;
    }

    /**
     * The id of the entity {@code subject}, read without reflection; null when the record has no id of its
     * own (the generated readers of an entity override it).
     */
    protected String idOf(S subject) {
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
