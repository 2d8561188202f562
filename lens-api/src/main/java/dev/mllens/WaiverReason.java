package dev.mllens;

import org.apiguardian.api.API;

/** Why a practice was marked not applicable by a person: the reasons the AWS Well-Architected Tool offers. */
@API(status = API.Status.STABLE)
public enum WaiverReason {
    OUT_OF_SCOPE,
    BUSINESS_PRIORITIES,
    ARCHITECTURE_CONSTRAINTS,
    OTHER
}
