package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("A guardrail on the prompts or responses of a generative model.")
public enum Guardrail {
    PROMPT_ATTACK_FILTER,
    HARMFUL_CONTENT_FILTER,
    SENSITIVE_DATA_FILTER
}
