package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.FeatureStore;
import dev.mllens.workload.FeatureStoreMode;
import dev.mllens.workload.InferenceMode;
import org.junit.jupiter.api.Test;

class MLCOST03_BP04Test {

    private static final String ID = "MLCOST03-BP04";

    private static FeatureStore.Builder store(FeatureStoreMode mode) {
        return FeatureStore.builder().enabled(true).sharedAcrossTeams(true).versioned(true).mode(mode);
    }

    private static Context served(InferenceMode mode) {
        return Context.builder().inferenceMode(mode).build();
    }

    @Test
    void metWithSharedVersionedOnlineAndOfflineStoreForRealTime() {
        Finding f = assertStatus(ID, workload().context(served(InferenceMode.REAL_TIME))
                .featureStore(store(FeatureStoreMode.ONLINE_AND_OFFLINE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("featureStore.sharedAcrossTeams = true");
    }

    @Test
    void metWithOfflineStoreForBatchScoring() {
        Finding f = assertStatus(ID, workload().context(served(InferenceMode.BATCH))
                .featureStore(store(FeatureStoreMode.OFFLINE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("featureStore.mode = OFFLINE");
    }

    @Test
    void notMetWithoutFeatureStore() {
        Finding f = assertStatus(ID, workload().featureStore(FeatureStore.builder().enabled(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("engineered features are not kept in a shared feature store, so each project recomputes them");
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.ownDataProcessing");
    }

    @Test
    void partiallyMetWhenStoreUsedByOneTeamWithoutOnlineTier() {
        Finding f = assertStatus(ID, workload().context(served(InferenceMode.REAL_TIME))
                .featureStore(store(FeatureStoreMode.OFFLINE).sharedAcrossTeams(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("not shared with other teams"))
                .anyMatch(g -> g.contains("no online store for the hosted endpoint"));
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServedForAnOfflineStore() {
        Finding f = assertStatus(ID, workload().featureStore(store(FeatureStoreMode.OFFLINE).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode", "context.ownDataProcessing");
    }

    @Test
    void insufficientEvidenceAsksForEndpointTypesWhenBatchModeHasAnUntypedEndpoint() {
        Finding f = assertStatus(ID, workload().context(served(InferenceMode.BATCH)).endpoint(Endpoint.builder("scores").build())
                .featureStore(store(FeatureStoreMode.OFFLINE).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.evidence()).extracting(Object::toString).contains("context.inferenceMode = BATCH");
        assertThat(f.missing()).first().satisfies(m -> assertThat(m.question()).contains("inference option of every endpoint"));
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode", "context.ownDataProcessing");
    }
}
