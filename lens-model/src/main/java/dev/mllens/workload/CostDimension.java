package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Dimensions by which ML cost is attributed.")
public enum CostDimension {
    PROJECT,
    BUSINESS_UNIT,
    ENVIRONMENT,
    ML_ACTIVITY,
    MODEL
}
