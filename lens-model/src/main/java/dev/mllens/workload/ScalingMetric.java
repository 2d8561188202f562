package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Metric an endpoint's scaling policy tracks.")
public enum ScalingMetric {
    INVOCATIONS_PER_INSTANCE,
    CONCURRENT_REQUESTS,
    CPU_UTILIZATION,
    GPU_UTILIZATION,
    MEMORY_UTILIZATION,
    MODEL_LATENCY,
    BACKLOG_PER_INSTANCE,
    CUSTOM
}
