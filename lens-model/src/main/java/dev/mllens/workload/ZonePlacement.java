package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Where data sits relative to the Availability Zone of the compute that reads it.")
public enum ZonePlacement {
    REGIONAL,
    SAME_ZONE_AS_COMPUTE,
    OTHER_ZONE
}
