package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How a new model is evaluated before release.")
public enum ModelEvaluation {
    NONE,
    MANUAL,
    PIPELINE_STEP,
    AUTO_TRIGGERED
}
