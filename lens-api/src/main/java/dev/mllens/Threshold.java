package dev.mllens;

import dev.mllens.finding.Risk;
import org.apiguardian.api.API;

/**
 * The risks a gate can fail on. Only these three mean something for a gate: NONE and NOT_APPLICABLE
 * would fail on every finding or on none, so they cannot be written.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Threshold {
    /** Fails on HIGH findings. */
    HIGH(Risk.HIGH),
    /** Fails on HIGH and MEDIUM findings. */
    MEDIUM(Risk.MEDIUM),
    /** Fails on HIGH, MEDIUM and undecided (INSUFFICIENT_EVIDENCE) findings. */
    UNANSWERED(Risk.UNANSWERED);

    private final Risk risk;

    Threshold(Risk risk) {
        this.risk = risk;
    }

    /** The least urgent risk that fails. */
    public Risk risk() {
        return risk;
    }

    /** Whether a finding of this risk fails: the risk is this threshold's or more urgent. */
    public boolean reachedBy(Risk r) {
        // Risk is declared most urgent first; NONE and NOT_APPLICABLE never reach a threshold.
        return r.compareTo(risk) <= 0;
    }
}
