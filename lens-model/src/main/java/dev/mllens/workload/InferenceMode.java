package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How predictions are served.")
public enum InferenceMode {
    REAL_TIME,
    ASYNC,
    BATCH,
    EDGE,
    NOT_DEPLOYED
}
