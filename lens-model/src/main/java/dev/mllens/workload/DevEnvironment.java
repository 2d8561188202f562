package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Where data scientists work.")
public enum DevEnvironment {
    LOCAL_UNMANAGED,
    SELF_HOSTED,
    MANAGED_NOTEBOOKS,
    MANAGED_IDE
}
