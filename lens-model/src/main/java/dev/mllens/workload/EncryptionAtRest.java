package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How stored data is encrypted.")
public enum EncryptionAtRest {
    NONE,
    PROVIDER_MANAGED_KEY,
    CUSTOMER_MANAGED_KEY
}
