package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("What was benchmarked before choosing.")
public enum BenchmarkDimension {
    INSTANCE_TYPES,
    FRAMEWORKS,
    ALGORITHMS
}
