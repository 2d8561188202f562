package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Compression;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataFormat;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.StorageTiering;
import dev.mllens.workload.DataAccessPattern;
import org.junit.jupiter.api.Test;

class MLSUS03_BP03Test {

    private static final String ID = "MLSUS03-BP03";

    private static Dataset.Builder efficient(String id) {
        return Dataset.builder(id).format(DataFormat.COLUMNAR).compression(Compression.ZSTD).duplicateCopies(0)
                .storageTiering(StorageTiering.INTELLIGENT_TIERING).catalogued(true)
                .accessPattern(DataAccessPattern.COOLING);
    }

    @Test
    void metWithCompactSingleCopyCataloguedData() {
        Finding f = assertStatus(ID, workload().dataset(efficient("events").build(),
                efficient("images").format(DataFormat.BINARY_OPTIMIZED).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[events].format = COLUMNAR");
    }

    @Test
    void notMetForDuplicatedUncompressedCsv() {
        Finding f = assertStatus(ID, workload().dataset(efficient("events").format(DataFormat.ROW_TEXT)
                .compression(Compression.NONE).duplicateCopies(2).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'events' is kept in 2 redundant copies", "dataset 'events' is stored uncompressed");
    }

    @Test
    void partiallyMetWhenEfficientFormatButAlwaysHot() {
        Finding f = assertStatus(ID, workload().dataset(efficient("events").storageTiering(StorageTiering.SINGLE_TIER)
                .catalogued(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder("dataset 'events' stays in high-performance storage although it is read less as it ages or unpredictably (accessPattern = COOLING)",
                "dataset 'events' is not in a data catalog, so teams copy it instead of reusing it");
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload keeps no data of its own");
    }

    @Test
    void insufficientEvidenceWhenFormatNotStated() {
        Finding f = assertStatus(ID, workload().dataset(efficient("events").format(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[events].format");
    }

    @Test
    void oneStorageTierFitsDataWhoseAccessDoesNotChangeWithAge() {
        // the anti-pattern keeps data in high-performance storage "regardless of access frequency"
        Finding f = assertStatus(ID, workload().dataset(efficient("features").storageTiering(StorageTiering.SINGLE_TIER)
                .accessPattern(DataAccessPattern.STEADY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[features].accessPattern = STEADY");
        Finding asked = assertStatus(ID, workload().dataset(efficient("features").storageTiering(StorageTiering.SINGLE_TIER)
                .accessPattern(null).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(asked.missing()).extracting(m -> m.fact()).containsExactly("datasets[features].accessPattern");
    }
}
