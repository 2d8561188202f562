package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Where a model comes from.")
public enum ModelSource {
    CUSTOM_FROM_SCRATCH,
    BUILT_IN_ALGORITHM,
    AUTOML,
    PRETRAINED_FINETUNED,
    PRETRAINED_AS_IS,
    MANAGED_AI_SERVICE,
    FOUNDATION_MODEL_API
}
