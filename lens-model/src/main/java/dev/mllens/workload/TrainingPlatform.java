package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Where training runs.")
public enum TrainingPlatform {
    LOCAL,
    NOTEBOOK_INSTANCE,
    SELF_MANAGED_CLUSTER,
    MANAGED_TRAINING_JOBS,
    MANAGED_PERSISTENT_CLUSTER
}
