package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How instance type and count were chosen.")
public enum SizingMethod {
    DEFAULT,
    ESTIMATE,
    LOAD_TESTED,
    RECOMMENDER
}
