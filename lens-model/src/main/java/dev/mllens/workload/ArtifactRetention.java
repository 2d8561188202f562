package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How old training artifacts are cleaned up.")
public enum ArtifactRetention {
    NONE,
    MANUAL,
    AUTOMATED
}
