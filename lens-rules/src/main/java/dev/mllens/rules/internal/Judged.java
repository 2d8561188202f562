package dev.mllens.rules.internal;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A check as the engine collected it: the check a rule emitted, with what that rule declares about it
 * (its practice, label, kind and step).
 */
@API(status = API.Status.INTERNAL)
public final class Judged {

    private final CheckSpec spec;
    private final Check check;
    /** The spec's label, read while the spec is at hand: gathering by label then reads no spec. */
    private final String label;
    /** The place among the practice's steps of the step that fixes the check: the first sort key. */
    private final int position;

    public Judged(CheckSpec spec, Check check) {
        this(spec, check, -1);
    }

    /**
     * A check of a rule that declares one step, whose place among the practice's steps the caller keeps
     * ({@code onlyPosition}; -1 when it does not): the engine knows it per rule, and reading it from the
     * spec for every check emitted, when the spec is rarely in the processor's cache, showed in profiles.
     */
    public Judged(CheckSpec spec, Check check, int onlyPosition) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.check = Objects.requireNonNull(check, "check");
        check.seal();
        this.label = spec.label();
        this.position = onlyPosition >= 0 && check.fixedBy() == null ? onlyPosition : spec.positions().get(spec.indexOf(check));
    }

    /** What the emitting rule declares. */
    public CheckSpec spec() {
        return spec;
    }

    /** The verdict and the facts read. */
    public Check check() {
        return check;
    }

    /** The check's label: one instance per label text (see {@link CheckSpec}). */
    String label() {
        return label;
    }

    /** The step's index among the practice's steps. */
    int position() {
        return position;
    }

    /**
     * What orders checks of one label after their step: their evidence, then their outcome and gap, since two
     * checks can read the same fact for different subjects (one model served by two endpoints). The
     * definition of the order; {@link CheckOrder} compares it without building it.
     */
    String sortKey() {
        return check.evidence() + " " + check.outcome() + " " + check.gap();
    }

    @Override
    public String toString() {
        return spec.practice().id() + " [" + spec.label() + "] " + check;
    }
}
