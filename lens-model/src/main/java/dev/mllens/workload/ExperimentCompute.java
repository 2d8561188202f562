package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Compute used for early experiments.")
public enum ExperimentCompute {
    FULL_CLUSTER_ALWAYS,
    RIGHT_SIZED_INSTANCES,
    LOCAL_MODE_THEN_SCALE
}
