package dev.mllens.rules.internal;

import org.apiguardian.api.API;

/**
 * A check as the engine collected it: the check a rule emitted, with what that rule declares about it
 * (its practice, label, kind and step). The engine's checks are their own {@code Judged}
 * ({@link Check} is the one implementation): a wrapper per check was a twentieth of what an assessment
 * allocated, and one more object to reach while concluding.
 */
@API(status = API.Status.INTERNAL)
public sealed interface Judged permits Check {

    /**
     * Collects {@code check} as one of {@code spec}'s, as the engine does when a rule emits it; from then on
     * the check is a value (see {@link Check}).
     */
    static Judged of(CheckSpec spec, Check check) {
        return check.collect(spec, -1);
    }

    /** What the emitting rule declares. */
    CheckSpec spec();

    /** The verdict and the facts read. */
    Check check();

    /** The check's label: one instance per label text (see {@link CheckSpec}). */
    String label();

    /** The step's index among the practice's steps: the first sort key. */
    int position();

    /**
     * What orders checks of one label after their step: their evidence, then their outcome and gap, since two
     * checks can read the same fact for different subjects (one model served by two endpoints). The
     * definition of the order; {@link CheckOrder} compares it without building it.
     */
    default String sortKey() {
        Check c = check();
        return c.evidence() + " " + c.outcome() + " " + c.gap();
    }
}
