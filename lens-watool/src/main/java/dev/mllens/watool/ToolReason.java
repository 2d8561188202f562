package dev.mllens.watool;

import dev.mllens.WaiverReason;
import org.apiguardian.api.API;

/** Why a choice or a whole question is not applicable, in the AWS Well-Architected Tool's words. */
@API(status = API.Status.EXPERIMENTAL)
public enum ToolReason {
    OUT_OF_SCOPE,
    BUSINESS_PRIORITIES,
    ARCHITECTURE_CONSTRAINTS,
    OTHER,
    NONE;

    /** The tool's reason for a waiver's reason (the same words). */
    public static ToolReason of(WaiverReason reason) {
        return valueOf(reason.name());
    }
}
