package dev.mllens.rules.internal;

import dev.mllens.lens.ImprovementStep;
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
    private final ImprovementStep step;
    /** The spec's label, read while the spec is at hand: gathering by label then reads no spec. */
    private final String label;
    /** The step's place among the practice's steps: the first sort key, so computed once. */
    private final int position;

    public Judged(CheckSpec spec, Check check) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.check = Objects.requireNonNull(check, "check");
        int index = spec.indexOf(check);
        this.step = spec.steps().get(index);
        this.label = spec.label();
        this.position = spec.positions().get(index);
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

    /** The improvement step that fixes this check. */
    ImprovementStep step() {
        return step;
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
