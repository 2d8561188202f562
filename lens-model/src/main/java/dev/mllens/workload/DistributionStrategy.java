package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How training is spread over nodes.")
public enum DistributionStrategy {
    NONE,
    DATA_PARALLEL,
    MODEL_PARALLEL,
    HYBRID
}
