package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How labels are produced.")
public enum LabelingMethod {
    NOT_NEEDED,
    IN_HOUSE_MANUAL,
    CUSTOM_TOOL,
    MANAGED_SERVICE,
    MANAGED_WITH_ACTIVE_LEARNING
}
