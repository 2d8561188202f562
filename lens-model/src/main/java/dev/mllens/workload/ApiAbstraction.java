package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How consumers reach the model.")
public enum ApiAbstraction {
    EMBEDDED_IN_APP,
    DIRECT_ENDPOINT,
    API_LAYER
}
