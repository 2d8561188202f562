package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataClassification;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.RetentionPolicy;
import dev.mllens.workload.StorageTiering;
import dev.mllens.workload.DataAccessPattern;
import org.junit.jupiter.api.Test;

class MLSUS03_BP02Test {

    private static final String ID = "MLSUS03-BP02";

    private static Dataset.Builder managed(String id) {
        return Dataset.builder(id).classification(DataClassification.INTERNAL).retentionPolicy(RetentionPolicy.AUTOMATED)
                .storageTiering(StorageTiering.INTELLIGENT_TIERING).storageMetricsMonitored(true)
                .lifecycleClassified(true).accessPattern(DataAccessPattern.COOLING);
    }

    @Test
    void metWhenEveryDatasetIsClassifiedTieredAndExpiredAutomatically() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").build(),
                managed("labels").storageTiering(StorageTiering.LIFECYCLE_TRANSITIONS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[labels].storageTiering = LIFECYCLE_TRANSITIONS");
    }

    @Test
    void notMetWhenDataIsKeptForeverInOneTier() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").retentionPolicy(RetentionPolicy.NONE)
                .storageTiering(StorageTiering.SINGLE_TIER).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'clicks' has no retention period and is kept indefinitely",
                "dataset 'clicks' stays in one storage tier although its access pattern calls for tiering (accessPattern = COOLING)");
    }

    @Test
    void partiallyMetWhenRetentionIsManual() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").build(),
                managed("archive").retentionPolicy(RetentionPolicy.DOCUMENTED).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'archive' is not expired or deleted automatically (DOCUMENTED)");
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no dataset is declared");
    }

    @Test
    void insufficientEvidenceWithoutDatasets() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void insufficientEvidenceWhenTieringNotStated() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").storageTiering(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[clicks].storageTiering");
    }

    @Test
    void dataReadAsOftenWhateverItsAgeMayStayInASingleTier() {
        // the anti-pattern is a single tier "regardless of access patterns"
        Finding f = assertStatus(ID, workload().dataset(managed("features").storageTiering(StorageTiering.SINGLE_TIER)
                .accessPattern(DataAccessPattern.STEADY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[features].accessPattern = STEADY");
    }

    @Test
    void aSingleTierAsksHowOftenTheDataIsRead() {
        Finding f = assertStatus(ID, workload().dataset(managed("features").storageTiering(StorageTiering.SINGLE_TIER)
                .accessPattern(null).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[features].accessPattern");
    }

    @Test
    void dataIsClassifiedByBusinessValueAndAccessFrequencyNotOnlyBySensitivity() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").classification(DataClassification.CONFIDENTIAL)
                .lifecycleClassified(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'clicks' has no lifecycle class by business value, access frequency and"
                + " regulatory need, so no class-based retention or tiering can apply");
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets[clicks].classification");
    }

    @Test
    void aSingleStorageTierRegardlessOfAccessPatternsIsAGapAboutTheTieringNotTheAccessPattern() {
        Finding f = assertStatus(ID, workload().dataset(managed("clicks").storageTiering(StorageTiering.SINGLE_TIER).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gaps()).containsExactly(new Gap("datasets[clicks].storageTiering",
                "dataset 'clicks' stays in one storage tier although its access pattern calls for tiering (accessPattern = COOLING)"));
    }
}
