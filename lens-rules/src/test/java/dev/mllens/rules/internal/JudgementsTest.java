package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.workload.DeploymentStrategy;
import dev.mllens.workload.TrafficPattern;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.EndpointType;
import org.junit.jupiter.api.Test;

class JudgementsTest {

    @Test
    void requiredIfPassesWhenMetOrNotRequired() {
        assertThat(Judgements.requiredIf(true, null)).isTrue();
        assertThat(Judgements.requiredIf(null, false)).as("a requirement that does not apply").isTrue();
        assertThat(Judgements.requiredIf(false, false)).isTrue();
    }

    @Test
    void requiredIfFailsOnlyWhenRequiredAndUnknownOtherwise() {
        assertThat(Judgements.requiredIf(false, true)).isFalse();
        assertThat(Judgements.requiredIf(false, null)).isNull();
        assertThat(Judgements.requiredIf(null, true)).isNull();
        assertThat(Judgements.requiredIf(null, null)).isNull();
    }

    @Test
    void everyModelSourceIsEitherTrainedInHouseOrUsedAsIsAndUnknownIsNeither() {
        for (dev.mllens.workload.ModelSource s : dev.mllens.workload.ModelSource.values()) {
            assertThat(Judgements.trainedInHouse(s)).as(s.name()).isNotEqualTo(Judgements.usedAsIs(s));
            if (Judgements.providerHosted(s)) {
                assertThat(Judgements.usedAsIs(s)).as(s.name()).isTrue();
            }
        }
        assertThat(Judgements.trainedInHouse(null)).isNull();
        assertThat(Judgements.usedAsIs(null)).isNull();
        assertThat(Judgements.providerHosted(null)).isNull();
        assertThat(Judgements.fromOutside(null)).isNull();
        assertThat(Judgements.fromOutside(dev.mllens.workload.ModelSource.PRETRAINED_FINETUNED)).isTrue();
        assertThat(Judgements.fromOutside(dev.mllens.workload.ModelSource.AUTOML)).isFalse();
        assertThat(Judgements.usedAsIs(dev.mllens.workload.ModelSource.PRETRAINED_AS_IS)).isTrue();
        assertThat(Judgements.providerHosted(dev.mllens.workload.ModelSource.PRETRAINED_AS_IS)).isFalse();
    }

    @Test
    void aDatasetBuildsModelsOnlyWhenItsStatedUsageSaysSoAndUnknownUsageIsUnknown() {
        assertThat(Judgements.buildsModels(null)).isNull();
        assertThat(Judgements.buildsModels(java.util.Set.of())).isFalse();
        assertThat(Judgements.buildsModels(java.util.Set.of(dev.mllens.workload.DatasetUsage.INFERENCE,
                dev.mllens.workload.DatasetUsage.MONITORING_BASELINE))).isFalse();
        for (dev.mllens.workload.DatasetUsage u : java.util.EnumSet.of(dev.mllens.workload.DatasetUsage.TRAINING,
                dev.mllens.workload.DatasetUsage.VALIDATION, dev.mllens.workload.DatasetUsage.TEST,
                dev.mllens.workload.DatasetUsage.FEATURES, dev.mllens.workload.DatasetUsage.LABELS)) {
            assertThat(Judgements.buildsModels(java.util.Set.of(u, dev.mllens.workload.DatasetUsage.INFERENCE))).as(u.name()).isTrue();
        }
    }

    @Test
    void aReleaseIsStagedWhenAnyCombinedStrategyKeepsTheCurrentVersionServing() {
        assertThat(Judgements.stagedRelease(null)).isNull();
        assertThat(Judgements.stagedRelease(java.util.Set.of())).isFalse();
        assertThat(Judgements.stagedRelease(java.util.Set.of(DeploymentStrategy.ALL_AT_ONCE))).isFalse();
        for (DeploymentStrategy s : DeploymentStrategy.values()) {
            if (s != DeploymentStrategy.ALL_AT_ONCE) {
                assertThat(Judgements.stagedRelease(java.util.Set.of(s))).as(s.name()).isTrue();
                assertThat(Judgements.stagedRelease(java.util.Set.of(s, DeploymentStrategy.ALL_AT_ONCE))).as(s + " + ALL_AT_ONCE").isTrue();
            }
        }
        assertThat(Judgements.strategies(java.util.EnumSet.of(DeploymentStrategy.CANARY, DeploymentStrategy.BLUE_GREEN)))
                .isEqualTo("BLUE_GREEN + CANARY");
        assertThat(Judgements.strategies(null)).isEqualTo("not stated");
        assertThat(Judgements.strategies(java.util.Set.of())).isEqualTo("none");
    }

    @Test
    void onlySteadyTrafficIsKnownNotToVary() {
        assertThat(Judgements.trafficVaries(null)).isNull();
        assertThat(Judgements.trafficVaries(TrafficPattern.STEADY)).isFalse();
        assertThat(Judgements.trafficVaries(TrafficPattern.SPIKY)).isTrue();
        assertThat(Judgements.trafficVaries(TrafficPattern.INTERMITTENT)).isTrue();
        assertThat(Judgements.trafficVaries(TrafficPattern.BATCH)).isTrue();
    }

    @Test
    void explanationsBeyondTheMinimumAreAskedForAtEveryLevelButLow() {
        assertThat(Judgements.explanationsAsked(null)).isNull();
        assertThat(Judgements.explanationsAsked(ExplainabilityLevel.LOW)).isFalse();
        assertThat(Judgements.explanationsAsked(ExplainabilityLevel.MEDIUM)).isTrue();
        assertThat(Judgements.explanationsAsked(ExplainabilityLevel.REGULATORY)).isTrue();
    }

    @Test
    void batchAndEdgeEndpointsAreNotHostedAndAnUnstatedTypeIsUnknown() {
        assertThat(Judgements.hostedEndpoint(null)).isNull();
        assertThat(Judgements.hostedEndpoint(EndpointType.BATCH)).isFalse();
        assertThat(Judgements.hostedEndpoint(EndpointType.EDGE)).isFalse();
        assertThat(Judgements.hostedEndpoint(EndpointType.REAL_TIME)).isTrue();
        assertThat(Judgements.hostedEndpoint(EndpointType.SERVERLESS)).isTrue();
        assertThat(Judgements.hostedEndpoint(EndpointType.ASYNC)).isTrue();
    }
}
