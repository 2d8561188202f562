package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Topics a team reviews on a recurring cadence.")
public enum ReviewTopic {
    PERFORMANCE_FEEDBACK,
    FAIRNESS,
    MODEL_REVALIDATION,
    DATA_AND_FEATURES,
    ROI,
    COST,
    CAPACITY,
    SUSTAINABILITY,
    REGION_SELECTION,
    ML_PROFILE,
    OPERATIONAL_METRICS,
    ACCESS_PERMISSIONS,
    DATA_USAGE
}
