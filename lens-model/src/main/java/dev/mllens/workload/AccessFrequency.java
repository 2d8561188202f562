package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How often a dataset is read.")
public enum AccessFrequency {
    FREQUENT,
    INFREQUENT,
    RARE,
    CHANGING
}
