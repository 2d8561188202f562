package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Level of explainability agreed with stakeholders.")
public enum ExplainabilityLevel {
    LOW,
    MEDIUM,
    HIGH,
    REGULATORY
}
