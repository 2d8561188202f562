package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("A safeguard that keeps a model from memorising and revealing individual training records.")
public enum PrivacySafeguard {
    DIFFERENTIAL_PRIVACY,
    TRAINING_DATA_SCRUBBED,
    MEMORIZATION_TESTED
}
