package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How ML functionality is decomposed into services.")
public enum ArchitectureStyle {
    MONOLITH,
    MODULAR_MONOLITH,
    MICROSERVICES
}
