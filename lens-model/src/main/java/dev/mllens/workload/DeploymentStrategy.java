package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Release strategy for new model versions. ALL_AT_ONCE moves all traffic to the new version in one step;"
        + " BLUE_GREEN runs it on a new fleet beside the old one, kept for an instant switch back; CANARY sends a small"
        + " share of traffic first and watches it for a baking period; LINEAR moves traffic in several steps; SHADOW"
        + " sends it copies of live requests whose answers are not used; AB_TEST splits traffic to compare versions.")
public enum DeploymentStrategy {
    ALL_AT_ONCE,
    BLUE_GREEN,
    CANARY,
    LINEAR,
    SHADOW,
    AB_TEST
}
