package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Optimizations applied to a model artifact.")
public enum ModelOptimization {
    COMPILED,
    QUANTIZED,
    PRUNED,
    DISTILLED
}
