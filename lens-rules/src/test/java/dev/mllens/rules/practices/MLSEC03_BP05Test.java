package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Environment;
import dev.mllens.workload.PiiProtection;
import dev.mllens.workload.RetentionPolicy;
import org.junit.jupiter.api.Test;

class MLSEC03_BP05Test {

    private static final String ID = "MLSEC03-BP05";

    private static Dataset.Builder lean(String id) {
        return Dataset.builder(id).minimizationApplied(true).retentionPolicy(RetentionPolicy.AUTOMATED)
                .containsPersonalData(true).piiProtection(PiiProtection.MASKED).sensitiveDataDiscovery(true);
    }

    /** A workload whose data usage is audited every quarter (step 8). */
    private static Workload.Builder audited() {
        return workload().governance(Governance.builder().reviewCadence(ReviewTopic.DATA_USAGE, Cadence.QUARTERLY).build());
    }

    private static Environment clean() {
        return Environment.builder().sensitiveDataInNonProd(false).build();
    }

    @Test
    void metWhenMinimisedRedactedAndExpiring() {
        Finding f = assertStatus(ID, audited().dataset(lean("claims").build()).environment(clean()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[claims].retentionPolicy = AUTOMATED",
                "environment.sensitiveDataInNonProd = false");
    }

    @Test
    void notMetWhenDataKeptWholeAndForever() {
        Finding f = assertStatus(ID, audited()
                .dataset(lean("claims").minimizationApplied(false).retentionPolicy(RetentionPolicy.NONE).build())
                .environment(clean()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'claims' has no retention period and is kept indefinitely",
                "dataset 'claims' keeps attributes the use case does not need");
    }

    @Test
    void partiallyMetWhenRetentionOnlyDocumentedAndProdDataInDev() {
        Finding f = assertStatus(ID, audited().dataset(lean("claims").retentionPolicy(RetentionPolicy.DOCUMENTED).build())
                .environment(Environment.builder().sensitiveDataInNonProd(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("unmasked production sensitive data is present in development or test",
                "no automated lifecycle rule expires the data of dataset 'claims'");
    }

    @Test
    void redactionNotJudgedWithoutPersonalData() {
        Finding f = assertStatus(ID, audited()
                .dataset(lean("sensors").containsPersonalData(false).piiProtection(PiiProtection.NONE).build())
                .environment(clean()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets[sensors].piiProtection");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, audited().environment(clean()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void encryptedPersonalFieldsAreNotRedacted() {
        Finding f = assertStatus(ID, audited().dataset(lean("claims").piiProtection(PiiProtection.FIELD_ENCRYPTED).build())
                .environment(clean()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("personal data in dataset 'claims' is kept unredacted (piiProtection = FIELD_ENCRYPTED)");
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .environment(clean()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "keeps no data of its own");
    }

    @Test
    void personalDataIsIdentifiedAutomaticallyBeforeRedaction() {
        Finding f = assertStatus(ID, audited().dataset(lean("claims").sensitiveDataDiscovery(false).build())
                .environment(clean()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "personal data in dataset 'claims' is not found by automated detection, so it cannot be redacted reliably");
    }

    @Test
    void dataUsageIsAuditedPeriodicallyAgainstDocumentedRequirements() {
        Finding f = assertStatus(ID, workload()
                .governance(Governance.builder().reviewCadence(ReviewTopic.DATA_USAGE, Cadence.NONE).build())
                .dataset(lean("claims").build()).environment(clean()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("data access and usage are not audited on a recurring schedule against the documented needs");
        Finding asked = assertStatus(ID, workload().dataset(lean("claims").build()).environment(clean()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(asked.missing()).extracting(Missing::fact).containsExactly("governance.reviewCadence[DATA_USAGE]");
    }
}
