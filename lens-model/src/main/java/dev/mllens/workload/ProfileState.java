package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How far the ML profile (deployment characteristics) is documented.")
public enum ProfileState {
    NONE,
    CURRENT_ONLY,
    CURRENT_AND_TARGET
}
