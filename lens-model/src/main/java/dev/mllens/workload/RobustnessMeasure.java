package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("A measure built into a model against adversarial inputs.")
public enum RobustnessMeasure {
    ENSEMBLE,
    ADVERSARIAL_TRAINING,
    DIVERSE_FEATURES
}
