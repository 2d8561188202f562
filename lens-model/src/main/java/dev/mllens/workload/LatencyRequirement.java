package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Latency the consumers of the predictions need.")
public enum LatencyRequirement {
    REAL_TIME,
    NEAR_REAL_TIME,
    ASYNC,
    BATCH
}
