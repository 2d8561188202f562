package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How much harm a failure of the workload does.")
public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    MISSION_CRITICAL
}
