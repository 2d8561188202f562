package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.FeatureStore;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP06Test {

    private static final String ID = "MLPERF06-BP06";

    private static Workload.Builder base(Cadence cadence, FeatureStore fs) {
        return workload()
                .governance(Governance.builder().reviewCadence(ReviewTopic.DATA_AND_FEATURES, cadence)
                        .crossFunctionalTeam(Attestation.of(true)).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build())
                .featureStore(fs)
                .training(Training.builder().experimentTracking(true).build())
                .pipelines(Pipelines.builder().mlPipelineOrchestrated(true).build());
    }

    private static FeatureStore.Builder store() {
        return FeatureStore.builder().enabled(true).versioned(true);
    }

    @Test
    void metWhenDataAndFeaturesAreReviewedMonthly() {
        Finding f = assertStatus(ID, base(Cadence.MONTHLY, store().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("governance.reviewCadence[DATA_AND_FEATURES] = MONTHLY");
    }

    @Test
    void partiallyMetWithoutVersionedFeatures() {
        Finding f = assertStatus(ID, base(Cadence.QUARTERLY, store().versioned(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("feature definitions and values are not versioned");
    }

    @Test
    void partiallyMetWithoutFeatureStoreAndNoVersioningAsked() {
        Finding f = assertStatus(ID, base(Cadence.MONTHLY, FeatureStore.builder().enabled(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("engineered features are not kept in a feature store shared by training and inference");
        // no versioning is asked; only the facts that decide whether the practice applies
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.ownDataProcessing", "context.inferenceMode");
    }

    @Test
    void notMetWhenReviewedOnlyAdHoc() {
        Finding f = assertStatus(ID, base(Cadence.AD_HOC, store().build()).build(), Status.NOT_MET);
        assertThat(f.actions()).containsExactly(
                "Put data and feature reviews on a calendar, more often for volatile domains and less often for stable ones.");
    }

    @Test
    void insufficientEvidenceWhenCadenceNotStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("governance.reviewCadence[DATA_AND_FEATURES]");
    }

    @Test
    void notApplicableWhenTheModelIsAManagedService() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .model(Model.builder("translate").source(ModelSource.MANAGED_AI_SERVICE).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is", "the workload trains no model of its own");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }
}
