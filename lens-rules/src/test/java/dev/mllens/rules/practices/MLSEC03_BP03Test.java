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
import dev.mllens.workload.EncryptionAtRest;
import dev.mllens.workload.Governance;
import dev.mllens.workload.PiiProtection;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.PrivacySafeguard;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLSEC03_BP03Test {

    private static final String ID = "MLSEC03-BP03";

    private static Dataset.Builder protectedPersonal(String id) {
        return Dataset.builder(id).containsPersonalData(true).sensitiveDataDiscovery(true)
                .piiProtection(PiiProtection.ANONYMIZED).classification(DataClassification.RESTRICTED)
                .encryptionAtRest(EncryptionAtRest.CUSTOMER_MANAGED_KEY).encryptionInTransit(true);
    }

    private static Governance pia(boolean holds) {
        return Governance.builder().privacyImpactAssessment(holds).build();
    }

    @Test
    void metWhenPersonalDataDiscoveredProtectedTaggedAndAssessed() {
        Finding f = assertStatus(ID, workload().dataset(protectedPersonal("patients").build())
                .governance(pia(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[patients].piiProtection = ANONYMIZED");
    }

    @Test
    void notMetWhenPersonalDataUnscannedAndRaw() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("patients").sensitiveDataDiscovery(false).piiProtection(PiiProtection.NONE)
                        .rawPersonalValuesNeeded(false).build())
                .governance(pia(true)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'patients' is not scanned by automated sensitive-data discovery",
                "personal or sensitive fields of dataset 'patients' are used without masking, tokenization or"
                        + " anonymization (piiProtection = NONE) although the use case does not need the raw values");
    }

    @Test
    void partiallyMetWhenProtectedButUntaggedAndNotAssessed() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("patients").classification(DataClassification.UNCLASSIFIED).build())
                .governance(pia(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "dataset 'patients' holds personal data but is not tagged as sensitive (UNCLASSIFIED)",
                "no privacy impact assessment covers the ML data flows");
    }

    @Test
    void notApplicableWhenEveryDatasetStatesNoPersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("sensors").containsPersonalData(false).build(),
                        Dataset.builder("weather").containsPersonalData(false).build())
                .build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("containsPersonalData = false", "[sensors, weather]");
    }

    @Test
    void applicableWhenOneDatasetDoesNotStatePersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("sensors").containsPersonalData(false).build(),
                        Dataset.builder("clicks").sensitiveDataDiscovery(false).piiProtection(PiiProtection.NONE).build())
                .governance(pia(false)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("datasets[clicks].containsPersonalData")
                .doesNotContain("datasets[sensors].containsPersonalData");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().governance(pia(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void fieldEncryptionAloneIsNotDeIdentification() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("patients").piiProtection(PiiProtection.FIELD_ENCRYPTED).rawPersonalValuesNeeded(false).build())
                .governance(pia(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("personal or sensitive fields of dataset 'patients' are used without masking,"
                + " tokenization or anonymization (piiProtection = FIELD_ENCRYPTED) although the use case does not need the raw values");
        assertThat(f.actions()).singleElement().asString().contains("mask, tokenize or anonymize");
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "no dataset is declared");
    }

    @Test
    void rawPersonalDataIsAcceptableWhereAnonymizedDataWouldNotSuffice() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("patients").piiProtection(PiiProtection.FIELD_ENCRYPTED)
                        .rawPersonalValuesNeeded(true).build())
                .governance(pia(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[patients].rawPersonalValuesNeeded = attested yes");
    }

    @Test
    void whetherAnonymizedDataWouldSufficeIsAskedRatherThanAssumed() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("patients").piiProtection(PiiProtection.NONE).build())
                .governance(pia(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets[patients].rawPersonalValuesNeeded");
        assertThat(f.missing()).extracting(Missing::question).containsExactly("State datasets[patients].rawPersonalValuesNeeded:"
                + " the use case needs the raw personal values: masked, tokenized or anonymized data would not serve it.");
    }

    @Test
    void whetherADatasetHoldsPersonalDataIsAskedWithItsOwnQuestionNotTheRawValuesOne() {
        Finding f = RuleTesting.finding(ID, workload()
                .dataset(protectedPersonal("patients").containsPersonalData(null).piiProtection(PiiProtection.NONE).build())
                .governance(pia(true)).build());
        assertThat(f.missing()).extracting(Missing::fact).contains("datasets[patients].containsPersonalData",
                "datasets[patients].rawPersonalValuesNeeded");
        assertThat(f.missing()).filteredOn(m -> !m.fact().endsWith("rawPersonalValuesNeeded"))
                .extracting(Missing::question).noneMatch(q -> q.contains("raw personal values"));
    }

    /** A generative workload that fine-tunes a pretrained model on protected personal data, with these safeguards. */
    private static Workload assistant(PrivacySafeguard... safeguards) {
        return workload().context(Context.builder().generativeAi(true).build())
                .dataset(protectedPersonal("tickets").build())
                .model(Model.builder("assistant").source(ModelSource.PRETRAINED_FINETUNED).privacySafeguards(safeguards).build())
                .governance(pia(true)).build();
    }

    @Test
    void largeLanguageModelsAreGuardedAgainstMemorisingSensitiveTrainingData() {
        Finding f = assertStatus(ID, assistant(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("generative model 'assistant' is trained on the workload's data without safeguards"
                + " against memorising and reproducing sensitive values");
        assertThat(f.actions()).singleElement().asString().contains("memorisation");
        Finding guarded = assertStatus(ID, assistant(PrivacySafeguard.DIFFERENTIAL_PRIVACY), Status.MET);
        assertThat(guarded.evidence()).extracting(Object::toString).contains("models[assistant].privacySafeguards = [DIFFERENTIAL_PRIVACY]");
    }

    @Test
    void memorisationSafeguardsAreNotRequiredOfPredictiveModels() {
        Finding f = assertStatus(ID, workload().context(Context.builder().generativeAi(false).build())
                .dataset(protectedPersonal("patients").build())
                .model(Model.builder("risk").source(ModelSource.CUSTOM_FROM_SCRATCH).build())
                .governance(pia(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("context.generativeAi = false");
    }
}
