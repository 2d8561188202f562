package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How often something recurs. NONE and AD_HOC are not a cadence.")
public enum Cadence {
    NONE,
    AD_HOC,
    ANNUAL,
    QUARTERLY,
    MONTHLY,
    WEEKLY,
    CONTINUOUS
}
