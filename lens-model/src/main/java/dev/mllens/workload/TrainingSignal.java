package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Observability collected from training jobs.")
public enum TrainingSignal {
    LOGS,
    METRICS,
    PROFILER,
    ALARMS
}
