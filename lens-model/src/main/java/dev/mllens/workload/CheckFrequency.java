package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How often drift is checked.")
public enum CheckFrequency {
    NONE,
    AD_HOC,
    WEEKLY,
    DAILY,
    HOURLY,
    CONTINUOUS
}
