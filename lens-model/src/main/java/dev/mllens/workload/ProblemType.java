package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("The kind of ML problem.")
public enum ProblemType {
    TABULAR_CLASSIFICATION,
    TABULAR_REGRESSION,
    FORECASTING,
    COMPUTER_VISION,
    NLP,
    RECOMMENDATION,
    GENERATIVE,
    OTHER
}
