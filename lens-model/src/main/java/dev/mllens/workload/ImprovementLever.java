package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Levers explored to improve a model.")
public enum ImprovementLever {
    ALGORITHMS,
    FEATURE_ENGINEERING,
    MORE_DATA,
    ENSEMBLES,
    HYPERPARAMETER_TUNING,
    AUTOML,
    DEEP_LEARNING,
    SYNTHETIC_DATA,
    RETRIEVAL_AUGMENTATION
}
