package dev.mllens.lens;

import org.apiguardian.api.API;

/** The six phases of the ML lifecycle, in lifecycle order. */
@API(status = API.Status.STABLE)
public enum Phase {
    BUSINESS_GOAL("Business goal identification"),
    PROBLEM_FRAMING("ML problem framing"),
    DATA_PROCESSING("Data processing"),
    MODEL_DEVELOPMENT("Model development"),
    DEPLOYMENT("Deployment"),
    MONITORING("Monitoring");

    private final String displayName;

    Phase(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name as the lens writes it. */
    public String displayName() {
        return displayName;
    }
}
