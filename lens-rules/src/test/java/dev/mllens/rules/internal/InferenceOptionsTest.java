package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.workload.EndpointType;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.TrafficPattern;
import org.junit.jupiter.api.Test;

/** The inference-option table of MLPERF05-BP02 and MLCOST05-BP01, row by row where a row is not obvious. */
class InferenceOptionsTest {

    private static final int CANNOT_WAIT = Thresholds.SERVERLESS_COLD_START_MS - 1;
    private static final int CAN_WAIT = Thresholds.SERVERLESS_COLD_START_MS;

    @Test
    void realTimeFitsIntermittentTrafficOnlyWhenImmediateAnswersCannotWaitThroughAColdStart() {
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, CANNOT_WAIT))
                .isTrue();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.NEAR_REAL_TIME, CANNOT_WAIT))
                .isTrue();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, CAN_WAIT))
                .isFalse();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, null, CAN_WAIT)).isFalse();
    }

    @Test
    void anUnstatedColdStartToleranceLeavesIntermittentRealTimeUndecidedUnlessTheLatencyNeedRulesItOut() {
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, null)).isNull();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, null, CANNOT_WAIT)).isNull();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.ASYNC, null)).isFalse();
        assertThat(InferenceOptions.coldStartDecides(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, LatencyRequirement.ASYNC))
                .isFalse();
        assertThat(InferenceOptions.coldStartDecides(EndpointType.REAL_TIME, TrafficPattern.INTERMITTENT, null)).isTrue();
        assertThat(InferenceOptions.coldStartDecides(EndpointType.SERVERLESS, TrafficPattern.INTERMITTENT, null)).isFalse();
        assertThat(InferenceOptions.coldStartDecides(EndpointType.REAL_TIME, TrafficPattern.STEADY, LatencyRequirement.REAL_TIME))
                .isFalse();
    }

    @Test
    void theColdStartToleranceDoesNotRuleOutServerlessWhichCanKeepProvisionedConcurrencyWarm() {
        assertThat(InferenceOptions.fits(EndpointType.SERVERLESS, TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, CANNOT_WAIT))
                .isTrue();
        assertThat(InferenceOptions.fits(EndpointType.SERVERLESS, TrafficPattern.STEADY, LatencyRequirement.REAL_TIME, CAN_WAIT)).isFalse();
    }

    @Test
    void steadyOrSpikyImmediateTrafficFitsRealTimeAndWorkThatCanWaitDoesNot() {
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.SPIKY, LatencyRequirement.REAL_TIME, null)).isTrue();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.BATCH, LatencyRequirement.REAL_TIME, CANNOT_WAIT)).isFalse();
        assertThat(InferenceOptions.fits(EndpointType.REAL_TIME, TrafficPattern.STEADY, null, null)).isNull();
        assertThat(InferenceOptions.fits(EndpointType.BATCH, TrafficPattern.BATCH, null, null)).isTrue();
        assertThat(InferenceOptions.fits(EndpointType.ASYNC, null, LatencyRequirement.REAL_TIME, null)).isFalse();
        assertThat(InferenceOptions.fits(null, TrafficPattern.STEADY, LatencyRequirement.REAL_TIME, null)).isNull();
    }

    @Test
    void theSuggestedOptionForIntermittentTrafficFollowsTheColdStartTolerance() {
        assertThat(InferenceOptions.suggested(TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, CAN_WAIT))
                .isEqualTo(EndpointType.SERVERLESS);
        assertThat(InferenceOptions.suggested(TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, CANNOT_WAIT))
                .isEqualTo(EndpointType.REAL_TIME);
        assertThat(InferenceOptions.suggested(TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, null)).isNull();
        assertThat(InferenceOptions.suggested(TrafficPattern.INTERMITTENT, LatencyRequirement.ASYNC, CANNOT_WAIT))
                .isEqualTo(EndpointType.ASYNC);
    }

    @Test
    void theDemandSentenceNamesTheColdStartToleranceOnlyWhereItDecides() {
        assertThat(InferenceOptions.demand(TrafficPattern.INTERMITTENT, LatencyRequirement.REAL_TIME, 8000))
                .isEqualTo("INTERMITTENT traffic and REAL_TIME latency needs (cold starts of up to 8000 ms tolerated)");
        assertThat(InferenceOptions.demand(TrafficPattern.STEADY, null, 8000)).isEqualTo("STEADY traffic");
        assertThat(InferenceOptions.demand(null, null, null)).isEqualTo("the stated demand");
    }
}
