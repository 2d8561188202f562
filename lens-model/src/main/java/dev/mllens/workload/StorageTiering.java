package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How storage moves between tiers.")
public enum StorageTiering {
    SINGLE_TIER,
    LIFECYCLE_TRANSITIONS,
    INTELLIGENT_TIERING
}
