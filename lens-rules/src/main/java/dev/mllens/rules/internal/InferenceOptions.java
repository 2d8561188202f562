package dev.mllens.rules.internal;

import dev.mllens.workload.EndpointType;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.TrafficPattern;
import org.apiguardian.api.API;

/**
 * Three-valued reading, shared by the performance and cost rules (MLPERF05-BP02, MLCOST05-BP01), of whether an endpoint's inference
 * option fits the demand stated for the workload (traffic shape, the latency consumers need and the cold start
 * they tolerate), in the lens's terms: real-time endpoints for steady or bursty traffic that needs immediate
 * answers, serverless for intermittent or unpredictable traffic that can wait through a cold start,
 * asynchronous for requests that can wait, batch for offline scoring. Null means the stated facts do not decide it.
 */
@API(status = API.Status.INTERNAL)
public final class InferenceOptions {

    private InferenceOptions() {
    }

    /**
     * Whether an endpoint of this type fits the stated traffic, latency and cold-start tolerance:
     * <ul>
     *   <li>REAL_TIME: unfit for BATCH traffic and for ASYNC or BATCH latency (instances would serve work that can
     *       wait); for INTERMITTENT traffic, fit only when the consumers cannot wait through a serverless cold
     *       start (coldStartToleranceMs below {@link Thresholds#SERVERLESS_COLD_START_MS}) and need REAL_TIME or
     *       NEAR_REAL_TIME answers, unfit when they can (the instances would sit idle between requests); fit for
     *       STEADY or SPIKY traffic that needs REAL_TIME or NEAR_REAL_TIME answers;</li>
     *   <li>SERVERLESS: unfit for STEADY traffic (provisioned capacity is cheaper when it stays busy) and for
     *       BATCH traffic or BATCH latency (offline scoring belongs in batch jobs); fit otherwise, whatever the
     *       cold-start tolerance, since provisioned concurrency keeps a serverless endpoint warm;</li>
     *   <li>ASYNC: unfit when consumers need REAL_TIME answers; fit otherwise;</li>
     *   <li>BATCH: unfit when consumers need REAL_TIME or NEAR_REAL_TIME answers; fit for ASYNC or BATCH
     *       latency, or BATCH traffic when latency is not stated;</li>
     *   <li>EDGE: placement is judged elsewhere, so it fits.</li>
     * </ul>
     * Null when the type is not stated or the facts needed for the verdict are missing.
     */
    public static Boolean fits(EndpointType type, TrafficPattern traffic, LatencyRequirement latency, Integer coldStartToleranceMs) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case REAL_TIME -> realTimeFits(traffic, latency, coldStartToleranceMs);
            case SERVERLESS -> {
                if (traffic == TrafficPattern.STEADY || traffic == TrafficPattern.BATCH
                        || latency == LatencyRequirement.BATCH) {
                    yield false;
                }
                yield traffic == null || latency == null ? null : true;
            }
            case ASYNC -> latency == null ? null : latency != LatencyRequirement.REAL_TIME;
            case BATCH -> {
                if (latency == LatencyRequirement.REAL_TIME || latency == LatencyRequirement.NEAR_REAL_TIME) {
                    yield false;
                }
                if (latency != null) {
                    yield true;
                }
                yield traffic == TrafficPattern.BATCH ? true : null;
            }
            case EDGE -> true;
        };
    }

    private static Boolean realTimeFits(TrafficPattern traffic, LatencyRequirement latency, Integer coldStartToleranceMs) {
        if (traffic == TrafficPattern.BATCH || latency == LatencyRequirement.ASYNC || latency == LatencyRequirement.BATCH) {
            return false;
        }
        if (traffic == TrafficPattern.INTERMITTENT) {
            // idle gaps argue for serverless, unless its cold start is more than the consumers can wait
            Boolean tolerates = Thresholds.toleratesColdStart(coldStartToleranceMs);
            if (Boolean.TRUE.equals(tolerates)) {
                return false;
            }
            return tolerates == null || latency == null ? null : true;
        }
        return traffic == null || latency == null ? null : true;
    }

    /**
     * Whether the cold-start tolerance decides the verdict for this endpoint: a REAL_TIME endpoint under
     * INTERMITTENT traffic whose latency need does not already rule it out. Rules read the tolerance then.
     */
    public static boolean coldStartDecides(EndpointType type, TrafficPattern traffic, LatencyRequirement latency) {
        return type == EndpointType.REAL_TIME && traffic == TrafficPattern.INTERMITTENT
                && latency != LatencyRequirement.ASYNC && latency != LatencyRequirement.BATCH;
    }

    /**
     * The stated demand for gap sentences, e.g. "INTERMITTENT traffic and REAL_TIME latency needs"; the
     * cold-start tolerance is added for intermittent traffic, where it decides between serverless and real time;
     * nulls are left out.
     */
    public static String demand(TrafficPattern traffic, LatencyRequirement latency, Integer coldStartToleranceMs) {
        String demand;
        if (traffic != null && latency != null) {
            demand = traffic + " traffic and " + latency + " latency needs";
        } else if (traffic != null) {
            demand = traffic + " traffic";
        } else {
            demand = latency != null ? latency + " latency needs" : "the stated demand";
        }
        if (traffic == TrafficPattern.INTERMITTENT && coldStartToleranceMs != null) {
            demand += " (cold starts of up to " + coldStartToleranceMs + " ms tolerated)";
        }
        return demand;
    }

    /**
     * The inference option the lens suggests for the stated demand, or null when not decided: intermittent
     * traffic goes serverless when its consumers tolerate a cold start, and real time when they need immediate
     * answers and do not.
     */
    public static EndpointType suggested(TrafficPattern traffic, LatencyRequirement latency, Integer coldStartToleranceMs) {
        if (latency == LatencyRequirement.BATCH || traffic == TrafficPattern.BATCH) {
            return EndpointType.BATCH;
        }
        if (latency == LatencyRequirement.ASYNC) {
            return EndpointType.ASYNC;
        }
        if (traffic == TrafficPattern.INTERMITTENT) {
            Boolean tolerates = Thresholds.toleratesColdStart(coldStartToleranceMs);
            if (Boolean.TRUE.equals(tolerates)) {
                return EndpointType.SERVERLESS;
            }
            return Boolean.FALSE.equals(tolerates) && latency != null ? EndpointType.REAL_TIME : null;
        }
        if (traffic == TrafficPattern.STEADY || traffic == TrafficPattern.SPIKY) {
            return EndpointType.REAL_TIME;
        }
        return null;
    }
}
