package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Which stores of a feature store are used.")
public enum FeatureStoreMode {
    OFFLINE,
    ONLINE,
    ONLINE_AND_OFFLINE
}
