package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Kinds of production model monitors.")
public enum MonitorType {
    DATA_QUALITY,
    MODEL_QUALITY,
    BIAS_DRIFT,
    FEATURE_ATTRIBUTION_DRIFT
}
