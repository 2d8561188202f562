package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Hyperparameter search strategy.")
public enum HpoMethod {
    NONE,
    MANUAL,
    GRID,
    RANDOM,
    BAYESIAN,
    HYPERBAND
}
