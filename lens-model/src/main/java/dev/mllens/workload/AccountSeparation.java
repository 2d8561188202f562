package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Account structure for ML.")
public enum AccountSeparation {
    SINGLE_ACCOUNT,
    DEV_PROD_SPLIT,
    MULTI_ACCOUNT_BY_OU
}
