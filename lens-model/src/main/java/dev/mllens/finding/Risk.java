package dev.mllens.finding;

import dev.mllens.lens.RiskLevel;
import org.apiguardian.api.API;

/**
 * Residual risk of a finding, with the words the AWS Well-Architected Tool uses for risk counts.
 * Declared from most to least urgent, so natural order sorts an improvement plan.
 */
@API(status = API.Status.STABLE)
public enum Risk {
    HIGH,
    MEDIUM,
    /** Nobody could answer: the evidence was insufficient. */
    UNANSWERED,
    NONE,
    /** Used only as a key of risk counts, for findings whose status is NOT_APPLICABLE. */
    NOT_APPLICABLE;

    /**
     * The one place where status and the lens risk level decide a finding's risk: NOT_MET keeps the
     * practice's level, PARTIALLY_MET drops one level (MEDIUM becomes NONE: the tool has no LOW),
     * MET and NOT_APPLICABLE carry none, INSUFFICIENT_EVIDENCE is UNANSWERED.
     */
    public static Risk of(Status status, RiskLevel level) {
        return switch (status) {
            case NOT_MET -> level == RiskLevel.HIGH ? HIGH : MEDIUM;
            case PARTIALLY_MET -> level == RiskLevel.HIGH ? MEDIUM : NONE;
            case MET, NOT_APPLICABLE -> NONE;
            case INSUFFICIENT_EVIDENCE -> UNANSWERED;
        };
    }

    /** The key under which a finding is counted: its risk, or NOT_APPLICABLE for a not-applicable finding. */
    public static Risk countKey(Status status, Risk risk) {
        return status == Status.NOT_APPLICABLE ? NOT_APPLICABLE : risk;
    }
}
