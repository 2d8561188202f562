package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How predictions are explained.")
public enum ExplainabilityMethod {
    NONE,
    INHERENTLY_INTERPRETABLE,
    FEATURE_ATTRIBUTION,
    OTHER
}
