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
import dev.mllens.workload.Governance;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.PackageSource;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLSEC01_BP01Test {

    private static final String ID = "MLSEC01-BP01";

    private static Dataset.Builder personal(String id) {
        return Dataset.builder(id).containsPersonalData(true).mlUseAuthorized(true);
    }

    private static Environment.Builder goodEnvironment() {
        return Environment.builder().licenseInventory(true).packageSource(PackageSource.MIRROR_APPROVED).packageTelemetryOff(true);
    }

    @Test
    void metWhenDataAuthorizedConsentHonouredAndLicencesKnown() {
        Finding f = assertStatus(ID, workload()
                .dataset(personal("customers").build())
                .governance(Governance.builder().consentWithdrawalProcess(true).build())
                .environment(goodEnvironment().build())
                .model(Model.builder("churn").source(ModelSource.PRETRAINED_FINETUNED).licenseReviewed(true).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[customers].mlUseAuthorized = attested yes");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWhenNoDataPermissionAndNoLicenceInventory() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("tx").containsPersonalData(false).mlUseAuthorized(false).build())
                .environment(Environment.builder().licenseInventory(false).packageSource(PackageSource.MIRROR_APPROVED).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains(
                "dataset 'tx' has no documented right (consent, licence, purpose) to be used for ML",
                "no inventory records the ML libraries and packages with their licence terms");
        assertThat(f.actions()).anySatisfy(a -> assertThat(a).contains("consent, licence or legal basis"));
    }

    @Test
    void partiallyMetWhenThirdPartyModelTermsNotReviewedAndConsentNotHonoured() {
        Finding f = assertStatus(ID, workload()
                .dataset(personal("customers").build())
                .governance(Governance.builder().consentWithdrawalProcess(false).build())
                .environment(goodEnvironment().build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).licenseReviewed(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder(
                "no process removes the data of people who withdraw consent",
                "licence and privacy terms of model 'llm' (FOUNDATION_MODEL_API) were not reviewed");
    }

    @Test
    void consentProcessNotJudgedWhenNoDatasetHoldsPersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("sensors").containsPersonalData(false).mlUseAuthorized(true).build())
                .environment(goodEnvironment().build())
                .model(Model.builder("m").source(ModelSource.CUSTOM_FROM_SCRATCH).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("governance.consentWithdrawalProcess",
                "models[m].licenseReviewed");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().environment(goodEnvironment().build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets");
    }

    @Test
    void insufficientEvidenceAsksWhetherDatasetHoldsPersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("logs").mlUseAuthorized(true).build())
                .governance(Governance.builder().consentWithdrawalProcess(false).build())
                .environment(goodEnvironment().build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets[logs].containsPersonalData");
    }

    @Test
    void withoutDataOfItsOwnOnlySoftwareAndModelTermsAreJudged() {
        // a workload that only calls a foundation model API: no dataset to declare, the model's terms still count
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().ownDataProcessing(false).build())
                .environment(goodEnvironment().build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).licenseReviewed(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("licence and privacy terms of model 'llm' (FOUNDATION_MODEL_API) were not reviewed");
        assertThat(f.missing()).extracting(Missing::fact).doesNotContain("datasets");
    }

    /** Consent and data rights in order, with package telemetry as given. */
    private static Workload withTelemetryOff(Boolean off) {
        return workload()
                .dataset(personal("customers").build())
                .governance(Governance.builder().consentWithdrawalProcess(true).build())
                .environment(goodEnvironment().packageTelemetryOff(off).build())
                .build();
    }

    @Test
    void packageIntegrationsThatCollectTelemetryAreOptedOutOf() {
        // step 4: "opt out of data collection features" of packages that call external lookup services
        Finding f = assertStatus(ID, withTelemetryOff(false), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "ML packages send telemetry or call external lookup services that the data privacy requirements do not allow");
        assertThat(f.actions()).singleElement().asString().contains("switch off telemetry");
    }

    @Test
    void packageTelemetryNotStatedIsAskedFor() {
        Finding f = assertStatus(ID, withTelemetryOff(null), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("environment.packageTelemetryOff");
    }
}
