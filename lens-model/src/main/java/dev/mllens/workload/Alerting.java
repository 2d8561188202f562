package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Alarms on monitored metrics.")
public enum Alerting {
    NONE,
    STATIC,
    DYNAMIC
}
