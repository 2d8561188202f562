package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Release strategy for new model versions.")
public enum DeploymentStrategy {
    ALL_AT_ONCE,
    BLUE_GREEN,
    CANARY,
    LINEAR,
    SHADOW,
    AB_TEST
}
