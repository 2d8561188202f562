package dev.mllens.finding;

import org.apiguardian.api.API;

/** What the rules concluded about one best practice. */
@API(status = API.Status.STABLE)
public enum Status {
    /** Every element the rule checks is in place. */
    MET,
    /** Some elements are in place, at least one is stated absent. */
    PARTIALLY_MET,
    /** The essential elements are stated absent. */
    NOT_MET,
    /** The practice does not apply to this workload, or was waived. */
    NOT_APPLICABLE,
    /** The facts given do not let the rule decide; {@link Finding#missing()} says what to state. */
    INSUFFICIENT_EVIDENCE
}
