package dev.mllens.rules.internal;

import org.apiguardian.api.API;

/**
 * The numeric policy lines the rules draw where the lens gives a direction but no number, in one place so
 * that every practice reading the same fact draws the same line. The README lists them; a change here is a
 * change of policy and shows in the tests of every practice that uses it.
 */
@API(status = API.Status.INTERNAL)
public final class Thresholds {

    private Thresholds() {
    }

    /** Training jobs this long or longer should be distributed or otherwise sped up (hours). */
    public static final double LONG_TRAINING_HOURS = 4;

    /** Training jobs this long or longer should write checkpoints (hours). */
    public static final double CHECKPOINT_TRAINING_HOURS = 1;

    /** Training hardware below this utilization is oversized (percent). */
    public static final double MIN_TRAINING_UTILIZATION_PCT = 50;

    /** Inference hardware below this utilization is over-provisioned (percent; the lens's own alarm example). */
    public static final double MIN_ENDPOINT_UTILIZATION_PCT = 20;

    /** Inference hardware above this utilization is under-provisioned (percent; the lens's own alarm example). */
    public static final double MAX_ENDPOINT_UTILIZATION_PCT = 80;

    /** Share of ML resources that must carry the required cost allocation tags (percent). */
    public static final double MIN_TAGGING_COMPLIANCE_PCT = 95;

    /** Data moved across Regions per month that still counts as "near zero" (GB). */
    public static final double MAX_CROSS_REGION_GB_PER_MONTH = 10;

    /** Parallel tuning jobs below this make hyperparameter search needlessly slow. */
    public static final int MIN_HPO_PARALLEL_JOBS = 2;

    /** Parallel jobs above this waste Bayesian search, which learns from finished trials. */
    public static final int MAX_BAYESIAN_PARALLEL_JOBS = 5;

    /**
     * Cold starts of on-demand serverless inference last up to about this long (milliseconds; AWS describes them
     * as "in the order of seconds"): consumers who tolerate less need capacity kept warm.
     */
    public static final int SERVERLESS_COLD_START_MS = 5000;

    /** Training data up to this size counts as small enough for local experiments (gigabytes; the lens: "a few"). */
    public static final double SMALL_TRAINING_DATA_GB = 5;

    /** Whether consumers with this cold-start tolerance accept serverless cold starts; null when not stated. */
    public static Boolean toleratesColdStart(Integer toleranceMs) {
        return Check.atLeast(toleranceMs, SERVERLESS_COLD_START_MS);
    }

    /** Whether training jobs of this duration count as long; null when not stated. */
    public static Boolean longTraining(Number hours) {
        return Check.atLeast(hours, LONG_TRAINING_HOURS);
    }

    /** Whether this utilization lies in the band for inference hardware; null when not stated. */
    public static Boolean endpointUtilizationInBand(Number pct) {
        return Check.all(Check.atLeast(pct, MIN_ENDPOINT_UTILIZATION_PCT), Check.atMost(pct, MAX_ENDPOINT_UTILIZATION_PCT));
    }

    /** A threshold for gap sentences: "4" rather than "4.0". */
    public static String show(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
