package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Network posture of notebooks, processing and training.")
public enum NetworkIsolation {
    NONE,
    VPC,
    VPC_NO_INTERNET
}
