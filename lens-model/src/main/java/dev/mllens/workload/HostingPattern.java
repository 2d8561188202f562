package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How models share an endpoint.")
public enum HostingPattern {
    SINGLE_MODEL,
    MULTI_MODEL,
    MULTI_CONTAINER,
    INFERENCE_COMPONENTS,
    INFERENCE_PIPELINE
}
