package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How much labeling a dataset needs.")
public enum LabelingScale {
    SMALL,
    LARGE
}
