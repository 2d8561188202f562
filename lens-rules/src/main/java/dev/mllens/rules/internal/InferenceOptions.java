package dev.mllens.rules.internal;

import dev.mllens.workload.EndpointType;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.TrafficPattern;
import org.apiguardian.api.API;

/**
 * Three-valued reading, shared by the performance and cost rules (MLPERF05-BP02, MLCOST05-BP01), of whether an endpoint's inference
 * option fits the demand stated for the workload (traffic shape and the latency consumers need), in the
 * lens's terms: real-time endpoints for steady or bursty low-latency traffic, serverless for intermittent
 * or unpredictable traffic, asynchronous for requests that can wait, batch for offline scoring. Null means
 * the stated facts do not decide it.
 */
@API(status = API.Status.INTERNAL)
public final class InferenceOptions {

    private InferenceOptions() {
    }

    /**
     * Whether an endpoint of this type fits the stated traffic and latency:
     * <ul>
     *   <li>REAL_TIME: unfit for INTERMITTENT or BATCH traffic and for ASYNC or BATCH latency (instances would sit
     *       idle or serve work that can wait); fit for STEADY or SPIKY traffic that needs REAL_TIME or
     *       NEAR_REAL_TIME answers;</li>
     *   <li>SERVERLESS: unfit for STEADY traffic (provisioned capacity is cheaper when it stays busy) and for
     *       BATCH traffic or BATCH latency (offline scoring belongs in batch jobs); fit otherwise;</li>
     *   <li>ASYNC: unfit when consumers need REAL_TIME answers; fit otherwise;</li>
     *   <li>BATCH: unfit when consumers need REAL_TIME or NEAR_REAL_TIME answers; fit for ASYNC or BATCH
     *       latency, or BATCH traffic when latency is not stated;</li>
     *   <li>EDGE: placement is judged elsewhere, so it fits.</li>
     * </ul>
     * Null when the type is not stated or the facts needed for the verdict are missing.
     */
    public static Boolean fits(EndpointType type, TrafficPattern traffic, LatencyRequirement latency) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case REAL_TIME -> {
                if (traffic == TrafficPattern.INTERMITTENT || traffic == TrafficPattern.BATCH
                        || latency == LatencyRequirement.ASYNC || latency == LatencyRequirement.BATCH) {
                    yield false;
                }
                yield traffic == null || latency == null ? null : true;
            }
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

    /** The stated demand for gap sentences, e.g. "INTERMITTENT traffic and BATCH latency needs"; nulls are left out. */
    public static String demand(TrafficPattern traffic, LatencyRequirement latency) {
        if (traffic != null && latency != null) {
            return traffic + " traffic and " + latency + " latency needs";
        }
        if (traffic != null) {
            return traffic + " traffic";
        }
        return latency != null ? latency + " latency needs" : "the stated demand";
    }

    /** The inference option the lens suggests for the stated traffic and latency need, or null when not decided. */
    public static EndpointType suggested(TrafficPattern traffic, LatencyRequirement latency) {
        if (latency == LatencyRequirement.BATCH || traffic == TrafficPattern.BATCH) {
            return EndpointType.BATCH;
        }
        if (latency == LatencyRequirement.ASYNC) {
            return EndpointType.ASYNC;
        }
        if (traffic == TrafficPattern.INTERMITTENT) {
            return EndpointType.SERVERLESS;
        }
        if (traffic == TrafficPattern.STEADY || traffic == TrafficPattern.SPIKY) {
            return EndpointType.REAL_TIME;
        }
        return null;
    }
}
