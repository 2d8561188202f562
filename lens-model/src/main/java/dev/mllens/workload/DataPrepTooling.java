package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Tooling used to prepare data.")
public enum DataPrepTooling {
    CUSTOM_SCRIPTS_ONLY,
    LOW_CODE,
    LOW_CODE_WITH_AI_ASSIST,
    AI_CODE_ASSISTANT
}
