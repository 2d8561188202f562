package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How often data is read over its life.")
public enum DataAccessPattern {
    STEADY,
    COOLING,
    UNPREDICTABLE
}
