package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import org.junit.jupiter.api.Test;

class MLREL02_BP01Test {

    private static final String ID = "MLREL02-BP01";

    private static Dataset.Builder catalogued(String id) {
        return Dataset.builder(id).usage(DatasetUsage.TRAINING).catalogued(true).businessMetadata(true)
                .provenanceRecorded(true).governedAccess(true).catalogAutoUpdated(true);
    }

    @Test
    void metWhenEveryDatasetIsCataloguedAndGoverned() {
        Finding f = assertStatus(ID, workload().dataset(catalogued("claims").build(), catalogued("policies").build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("datasets[claims].catalogued = true", "datasets[policies].catalogued = true");
    }

    @Test
    void notMetWhenDataLivesOutsideTheCatalog() {
        Finding f = assertStatus(ID, workload().dataset(catalogued("claims").catalogued(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'claims' is not registered with its schema in a data catalog");
    }

    @Test
    void partiallyMetWhenEntriesLackBusinessMetadataAndAreMaintainedByHand() {
        Finding f = assertStatus(ID, workload().dataset(catalogued("claims").businessMetadata(false)
                .catalogAutoUpdated(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(2).anyMatch(a -> a.startsWith("Keep the catalog current automatically"));
    }

    @Test
    void notApplicableWhenOnlyAFoundationModelApiIsCalled() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false").contains("the workload prepares no data of its own");
    }

    @Test
    void declaredTrainingDataOutweighsAStatedNoDataProcessing() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .dataset(catalogued("claims").catalogued(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'claims' is not registered with its schema in a data catalog");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets", "context.ownDataProcessing");
    }
}
