package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Strongest protection applied to personal or sensitive fields.")
public enum PiiProtection {
    NONE,
    FIELD_ENCRYPTED,
    MASKED,
    TOKENIZED,
    ANONYMIZED,
    SYNTHETIC
}
