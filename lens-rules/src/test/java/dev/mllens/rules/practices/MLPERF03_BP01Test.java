package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataAccessPattern;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.StorageTiering;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF03_BP01Test {

    private static final String ID = "MLPERF03-BP01";

    private static Dataset.Builder lake(String id) {
        return Dataset.builder(id).usage(DatasetUsage.TRAINING).centralDataLake(true).governedAccess(true).catalogued(true)
                .storageTiering(StorageTiering.LIFECYCLE_TRANSITIONS);
    }

    private static Workload.Builder automated() {
        return workload().pipelines(Pipelines.builder().dataPipelineAutomated(true).dataValidationGate(true).build());
    }

    @Test
    void metWhenEveryDatasetIsInTheGovernedLake() {
        Finding f = assertStatus(ID, automated().dataset(lake("orders").build(), lake("clicks").build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[clicks].centralDataLake = true");
    }

    @Test
    void partiallyMetWhenOneDatasetIsUncataloguedSingleTierThoughReadLessAsItAges() {
        Finding f = assertStatus(ID, automated().dataset(lake("orders").build(),
                lake("clicks").catalogued(false).storageTiering(StorageTiering.SINGLE_TIER).accessPattern(DataAccessPattern.COOLING).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "dataset 'clicks' is not registered in a data catalog, so it cannot be discovered",
                "dataset 'clicks' stays in one storage tier although it is read less as it ages: lifecycle rules or intelligent"
                        + " tiering would move cold data to cheaper tiers");
    }

    @Test
    void oneStorageTierFitsDataWhoseAccessPatternIsSteady() {
        Finding f = assertStatus(ID, automated().dataset(lake("features").storageTiering(StorageTiering.SINGLE_TIER)
                .accessPattern(DataAccessPattern.STEADY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("datasets[features].storageTiering = SINGLE_TIER", "datasets[features].accessPattern = STEADY");
    }

    @Test
    void insufficientEvidenceForASingleTierUntilTheAccessPatternIsStated() {
        Finding f = assertStatus(ID, automated().dataset(lake("features").storageTiering(StorageTiering.SINGLE_TIER).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets[features].accessPattern");
    }

    @Test
    void notMetForSiloedUngovernedData() {
        Finding f = assertStatus(ID, automated().dataset(lake("orders").centralDataLake(false).governedAccess(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'orders' is kept in a team silo outside the central data lake");
    }

    @Test
    void insufficientEvidenceWithoutDatasets() {
        Finding f = assertStatus(ID, automated().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWhenOnlyAManagedServiceIsCalled() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }
}
