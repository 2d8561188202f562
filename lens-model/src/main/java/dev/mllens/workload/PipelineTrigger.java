package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How a data pipeline starts.")
public enum PipelineTrigger {
    MANUAL,
    SCHEDULED,
    EVENT_DRIVEN,
    STREAMING
}
