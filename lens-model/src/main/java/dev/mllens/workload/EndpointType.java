package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Inference option of an endpoint.")
public enum EndpointType {
    REAL_TIME,
    SERVERLESS,
    ASYNC,
    BATCH,
    EDGE
}
