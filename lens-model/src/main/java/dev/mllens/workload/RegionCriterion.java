package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Reasons a Region was chosen.")
public enum RegionCriterion {
    LATENCY,
    SOVEREIGNTY,
    COST,
    CARBON_INTENSITY,
    SERVICE_AVAILABILITY
}
