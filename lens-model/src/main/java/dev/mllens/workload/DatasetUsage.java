package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("What a dataset is used for.")
public enum DatasetUsage {
    TRAINING,
    VALIDATION,
    TEST,
    INFERENCE,
    FEATURES,
    LABELS,
    MONITORING_BASELINE
}
