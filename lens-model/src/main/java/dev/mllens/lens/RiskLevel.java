package dev.mllens.lens;

import org.apiguardian.api.API;

/** The risk the lens assigns to a best practice that is not established. */
@API(status = API.Status.STABLE)
public enum RiskLevel {
    HIGH,
    MEDIUM
}
