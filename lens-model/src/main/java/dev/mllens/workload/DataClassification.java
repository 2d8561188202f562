package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Sensitivity class applied to a dataset.")
public enum DataClassification {
    UNCLASSIFIED,
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    RESTRICTED
}
