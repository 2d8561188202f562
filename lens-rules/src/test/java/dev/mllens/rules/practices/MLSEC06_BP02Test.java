package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataClassification;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Monitoring;
import org.junit.jupiter.api.Test;

class MLSEC06_BP02Test {

    private static final String ID = "MLSEC06-BP02";

    private static Dataset.Builder watched(String id) {
        return Dataset.builder(id).accessLogging(true).classification(DataClassification.CONFIDENTIAL).governedAccess(true);
    }

    private static Monitoring alerts(boolean on) {
        return Monitoring.builder().dataAccessAnomalyAlerts(on).dataAccessBaseline(true).build();
    }

    private static Environment detection() {
        return Environment.builder().securityMonitoring(true).build();
    }

    @Test
    void metWhenAccessLoggedClassifiedAndAnomaliesAlerted() {
        Finding f = assertStatus(ID, workload().dataset(watched("tx").build()).monitoring(alerts(true))
                .environment(detection()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[tx].accessLogging = true",
                "monitoring.dataAccessAnomalyAlerts = true");
    }

    @Test
    void notMetWhenAccessNeitherLoggedNorAlerted() {
        Finding f = assertStatus(ID, workload().dataset(watched("tx").accessLogging(false).build()).monitoring(alerts(false))
                .environment(detection()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("access to dataset 'tx' is not logged with the caller's identity",
                "anomalous human access to data raises no alert to security");
    }

    @Test
    void partiallyMetWhenLoggedButNotAnalysed() {
        Finding f = assertStatus(ID, workload().dataset(watched("tx").build()).monitoring(alerts(false))
                .environment(detection()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("baselines");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().monitoring(alerts(true)).environment(detection()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets");
    }

    @Test
    void insufficientEvidenceNamesTheUnclassifiedDataset() {
        Finding f = assertStatus(ID, workload().dataset(watched("tx").build(), watched("raw").classification(null).build())
                .monitoring(alerts(true)).environment(detection()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets[raw].classification");
    }

    @Test
    void withoutDataOfItsOwnNoDatasetIsAskedFor() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .monitoring(alerts(false)).environment(detection()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("anomalous human access to data raises no alert to security");
        assertThat(f.missing()).extracting(Missing::fact).doesNotContain("datasets");
    }

    @Test
    void userActivityBaselinesAreEstablishedForAnomalyDetection() {
        Finding f = assertStatus(ID, workload().dataset(watched("tx").build())
                .monitoring(Monitoring.builder().dataAccessAnomalyAlerts(true).dataAccessBaseline(false).build())
                .environment(detection()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no baseline of normal human data access tells anomalous access from routine work");
        assertThat(f.actions()).singleElement().asString().contains("baselines of normal data access");
    }
}
