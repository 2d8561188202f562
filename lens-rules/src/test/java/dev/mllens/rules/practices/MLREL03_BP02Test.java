package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.FeatureStore;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import org.junit.jupiter.api.Test;

class MLREL03_BP02Test {

    private static final String ID = "MLREL03-BP02";

    private static FeatureStore.Builder store() {
        return FeatureStore.builder().enabled(true).singleTransformationPath(true).versioned(true).sharedAcrossTeams(true);
    }

    private static Monitoring skewCheck(boolean on) {
        return Monitoring.builder().trainingServingSkewCheck(on).build();
    }

    @Test
    void metWhenSharedVersionedStoreAndSkewChecked() {
        Finding f = assertStatus(ID, workload().featureStore(store().build()).monitoring(skewCheck(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.trainingServingSkewCheck = true");
    }

    @Test
    void metBeforeDeploymentWithoutSkewCheck() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .featureStore(store().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring."));
    }

    @Test
    void notMetWhenFeaturesRecomputedSeparatelyAndNeverCompared() {
        Finding f = assertStatus(ID, workload().featureStore(store().singleTransformationPath(false).build())
                .monitoring(skewCheck(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("training and inference compute features with separate definitions or code",
                "feature values seen at inference are not compared with those used in training");
    }

    @Test
    void partiallyMetWhenSkewNeverChecked() {
        Finding f = assertStatus(ID, workload().featureStore(store().build()).monitoring(skewCheck(false)).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).containsExactly(
                "Compare feature values seen at inference with those used in training and alarm on deviations.");
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("featureStore.singleTransformationPath", "monitoring.trainingServingSkewCheck");
    }

    @Test
    void featureSkewMonitoringAsksTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().context(Context.builder().ownDataProcessing(true).build())
                .monitoring(Monitoring.builder().trainingServingSkewCheck(false).build()).build());
        assertThat(f.gapTexts()).contains("feature values seen at inference are not compared with those used in training");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
