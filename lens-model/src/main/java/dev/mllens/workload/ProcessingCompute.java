package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Compute used for data processing.")
public enum ProcessingCompute {
    NOTEBOOK,
    SELF_MANAGED_CLUSTER,
    ALWAYS_ON_MANAGED_CLUSTER,
    MANAGED_JOBS,
    SERVERLESS
}
