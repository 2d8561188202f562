package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Network exposure of an endpoint.")
public enum NetworkAccess {
    PUBLIC,
    PUBLIC_WITH_WAF,
    PRIVATE
}
