package dev.mllens.rules.internal;

import org.apiguardian.api.API;

/**
 * A check as the engine collected it: the check a rule inserted, with what that rule declares about it.
 *
 * @param spec the inserting rule's practice, label, kind and step
 * @param check the verdict and the facts read
 */
@API(status = API.Status.INTERNAL)
public record Judged(CheckSpec spec, Check check) {

    String label() {
        return spec.label();
    }

    /** The improvement step that fixes this check. */
    dev.mllens.lens.ImprovementStep step() {
        return spec.stepOf(check);
    }

    /** Orders checks of one label deterministically (by their evidence). */
    String sortKey() {
        return check.evidence() + " " + check.outcome();
    }
}
