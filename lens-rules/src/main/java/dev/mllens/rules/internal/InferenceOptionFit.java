package dev.mllens.rules.internal;

import dev.mllens.workload.EndpointType;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.TrafficPattern;

/**
 * Three-valued judgement shared by the practices that ask whether a cloud inference option suits the
 * workload (MLPERF05-BP02; usable by the cost and sustainability practices on the same choice). The
 * lens matches options to needs: real-time endpoints for steady or spiky traffic that needs immediate
 * answers, serverless for intermittent or spiky traffic with idle gaps, asynchronous for large payloads or
 * long processing that need no instant answer, batch for bulk scoring with no latency need.
 * Null always means "cannot judge" (a fact it needs is not stated).
 */
public final class InferenceOptionFit {

    private InferenceOptionFit() {
    }

    /**
     * Whether the inference option fits the stated traffic and latency need: false when a stated fact
     * rules it out, true when the facts it depends on are stated and support it, null otherwise.
     * EDGE endpoints are not a cloud option: null.
     */
    public static Boolean fits(EndpointType type, TrafficPattern traffic, LatencyRequirement latency) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            // always-on capacity: only for traffic that keeps it busy and callers that wait for the answer
            case REAL_TIME -> latency == LatencyRequirement.ASYNC || latency == LatencyRequirement.BATCH
                    || traffic == TrafficPattern.INTERMITTENT || traffic == TrafficPattern.BATCH ? Boolean.FALSE
                    : latency == null || traffic == null ? null : Boolean.TRUE;
            // scales to zero between requests: wasteful for steady load, the wrong tool for bulk scoring
            case SERVERLESS -> traffic == TrafficPattern.STEADY || traffic == TrafficPattern.BATCH
                    || latency == LatencyRequirement.BATCH ? Boolean.FALSE
                    : traffic == null || latency == null ? null : Boolean.TRUE;
            // queued requests: callers must not need an immediate answer
            case ASYNC -> latency == null ? null : latency != LatencyRequirement.REAL_TIME;
            // scheduled bulk jobs: no caller waits for a single prediction
            case BATCH -> latency == null ? null
                    : latency == LatencyRequirement.BATCH || latency == LatencyRequirement.ASYNC;
            case EDGE -> null;
        };
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
