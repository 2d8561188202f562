package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Shape of the inference traffic.")
public enum TrafficPattern {
    STEADY,
    SPIKY,
    INTERMITTENT,
    BATCH
}
