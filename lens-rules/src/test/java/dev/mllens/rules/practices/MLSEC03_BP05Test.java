package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Environment;
import dev.mllens.workload.PiiProtection;
import dev.mllens.workload.RetentionPolicy;
import org.junit.jupiter.api.Test;

class MLSEC03_BP05Test {

    private static final String ID = "MLSEC03-BP05";

    private static Dataset.Builder lean(String id) {
        return Dataset.builder(id).minimizationApplied(true).retentionPolicy(RetentionPolicy.AUTOMATED)
                .containsPersonalData(true).piiProtection(PiiProtection.MASKED);
    }

    private static Environment clean() {
        return Environment.builder().sensitiveDataInNonProd(false).build();
    }

    @Test
    void metWhenMinimisedRedactedAndExpiring() {
        Finding f = assertStatus(ID, workload().dataset(lean("claims").build()).environment(clean()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[claims].retentionPolicy = AUTOMATED",
                "environment.sensitiveDataInNonProd = false");
    }

    @Test
    void notMetWhenDataKeptWholeAndForever() {
        Finding f = assertStatus(ID, workload()
                .dataset(lean("claims").minimizationApplied(false).retentionPolicy(RetentionPolicy.NONE).build())
                .environment(clean()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'claims' has no retention period and is kept indefinitely",
                "dataset 'claims' keeps attributes the use case does not need");
    }

    @Test
    void partiallyMetWhenRetentionOnlyDocumentedAndProdDataInDev() {
        Finding f = assertStatus(ID, workload().dataset(lean("claims").retentionPolicy(RetentionPolicy.DOCUMENTED).build())
                .environment(Environment.builder().sensitiveDataInNonProd(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("unmasked production sensitive data is present in development or test",
                "no automated lifecycle rule expires the data of dataset 'claims'");
    }

    @Test
    void redactionNotJudgedWithoutPersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(lean("sensors").containsPersonalData(false).piiProtection(PiiProtection.NONE).build())
                .environment(clean()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets[sensors].piiProtection");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().environment(clean()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void encryptedPersonalFieldsAreNotRedacted() {
        Finding f = assertStatus(ID, workload().dataset(lean("claims").piiProtection(PiiProtection.FIELD_ENCRYPTED).build())
                .environment(clean()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("personal data in dataset 'claims' is kept unredacted (piiProtection = FIELD_ENCRYPTED)");
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .environment(clean()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "keeps no data of its own");
    }
}
