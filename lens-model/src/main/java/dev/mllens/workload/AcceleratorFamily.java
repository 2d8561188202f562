package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Hardware family used for compute.")
public enum AcceleratorFamily {
    GENERAL_CPU,
    COMPUTE_CPU,
    GRAVITON,
    GPU,
    TRAINIUM,
    INFERENTIA,
    SERVERLESS
}
