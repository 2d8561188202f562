package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Promotion stages a model passes.")
public enum Stages {
    PROD_ONLY,
    DEV_PROD,
    DEV_STAGING_PROD
}
