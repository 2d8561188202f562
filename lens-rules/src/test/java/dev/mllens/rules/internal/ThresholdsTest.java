package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void longTrainingStartsAtTheThresholdAndUnknownStaysUnknown() {
        assertThat(Thresholds.longTraining(Thresholds.LONG_TRAINING_HOURS)).isTrue();
        assertThat(Thresholds.longTraining(Thresholds.LONG_TRAINING_HOURS - 0.1)).isFalse();
        assertThat(Thresholds.longTraining(null)).isNull();
    }

    @Test
    void endpointUtilizationBandIncludesItsBounds() {
        assertThat(Thresholds.endpointUtilizationInBand(Thresholds.MIN_ENDPOINT_UTILIZATION_PCT)).isTrue();
        assertThat(Thresholds.endpointUtilizationInBand(Thresholds.MAX_ENDPOINT_UTILIZATION_PCT)).isTrue();
        assertThat(Thresholds.endpointUtilizationInBand(Thresholds.MIN_ENDPOINT_UTILIZATION_PCT - 1)).isFalse();
        assertThat(Thresholds.endpointUtilizationInBand(Thresholds.MAX_ENDPOINT_UTILIZATION_PCT + 1)).isFalse();
        assertThat(Thresholds.endpointUtilizationInBand(null)).isNull();
    }

    @Test
    void coldStartsAreToleratedFromTheServerlessColdStartLineAndUnknownStaysUnknown() {
        assertThat(Thresholds.toleratesColdStart(Thresholds.SERVERLESS_COLD_START_MS)).isTrue();
        assertThat(Thresholds.toleratesColdStart(Thresholds.SERVERLESS_COLD_START_MS - 1)).isFalse();
        assertThat(Thresholds.toleratesColdStart(null)).isNull();
    }

    @Test
    void showPrintsWholeNumbersWithoutAFraction() {
        assertThat(Thresholds.show(95)).isEqualTo("95");
        assertThat(Thresholds.show(2.5)).isEqualTo("2.5");
    }
}
