package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Where Python and OS packages come from.")
public enum PackageSource {
    PUBLIC_DIRECT,
    MIRROR_UNRESTRICTED,
    MIRROR_APPROVED
}
