package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("What starts retraining.")
public enum RetrainTrigger {
    MANUAL,
    SCHEDULED,
    NEW_DATA_EVENT,
    DRIFT_ALARM
}
