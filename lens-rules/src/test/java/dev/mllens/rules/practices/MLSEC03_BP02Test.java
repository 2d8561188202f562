package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DevEnvironment;
import dev.mllens.workload.EncryptionAtRest;
import dev.mllens.workload.Environment;
import dev.mllens.workload.NetworkIsolation;
import dev.mllens.workload.PackageSource;
import org.junit.jupiter.api.Test;

class MLSEC03_BP02Test {

    private static final String ID = "MLSEC03-BP02";

    private static Dataset.Builder secured(String id) {
        return Dataset.builder(id).encryptionAtRest(EncryptionAtRest.CUSTOMER_MANAGED_KEY).publicAccessBlocked(true)
                .encryptionInTransit(true).versioned(true);
    }

    private static Environment.Builder securedEnvironment() {
        return Environment.builder().secretsManaged(true).networkIsolation(NetworkIsolation.VPC_NO_INTERNET)
                .rootAccessDisabled(true).packageSource(PackageSource.MIRROR_APPROVED)
                .devEnvironment(DevEnvironment.MANAGED_IDE).selfServiceTemplates(true).imagesInPrivateRegistry(true)
                .vulnerabilityScanning(true);
    }

    @Test
    void metWhenStoresEncryptedPrivateAndEnvironmentLockedDown() {
        Finding f = assertStatus(ID, workload().dataset(secured("train").build(), secured("features").build())
                .environment(securedEnvironment().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("datasets[train].encryptionAtRest = CUSTOMER_MANAGED_KEY", "datasets[features].publicAccessBlocked = true");
    }

    @Test
    void notMetWhenAStoreIsUnencryptedAndPublic() {
        Finding f = assertStatus(ID, workload()
                .dataset(secured("train").build(),
                        secured("raw").encryptionAtRest(EncryptionAtRest.NONE).publicAccessBlocked(false).build())
                .environment(securedEnvironment().build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'raw' is stored unencrypted", "public access to dataset 'raw' is not blocked");
    }

    @Test
    void partiallyMetWhenNotebooksReachTheInternetWithHardCodedSecrets() {
        Finding f = assertStatus(ID, workload().dataset(secured("train").build())
                .environment(securedEnvironment().networkIsolation(NetworkIsolation.VPC).secretsManaged(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("credentials are not all taken from a secrets manager",
                "notebooks, processing or training can reach the internet directly (VPC)");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().environment(securedEnvironment().build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets");
    }

    @Test
    void insufficientEvidenceNamesTheDatasetWhoseEncryptionIsNotStated() {
        Finding f = assertStatus(ID, workload()
                .dataset(secured("train").build(), Dataset.builder("extra").publicAccessBlocked(true).encryptionInTransit(true).versioned(true).build())
                .environment(securedEnvironment().build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets[extra].encryptionAtRest");
    }

    @Test
    void partiallyMetWhenDataScientistsWorkLocallyWithDefaultSetupAndPublicImages() {
        Finding f = assertStatus(ID, workload().dataset(secured("train").build())
                .environment(securedEnvironment().devEnvironment(DevEnvironment.LOCAL_UNMANAGED).selfServiceTemplates(false)
                        .imagesInPrivateRegistry(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "data exploration and feature work happen outside managed, access-controlled environments (LOCAL_UNMANAGED)",
                "ML environments are not provisioned from pre-approved templates and may run with default settings",
                "training and inference images are not kept in a private registry");
    }

    @Test
    void withoutDataOfItsOwnOnlyTheEnvironmentIsJudged() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .environment(securedEnvironment().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets");
    }

    @Test
    void privateBucketsHaveVersioningEnabled() {
        Finding f = assertStatus(ID, workload().dataset(secured("train").versioned(false).build())
                .environment(securedEnvironment().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the store of dataset 'train' keeps no versions to recover altered or deleted data");
        assertThat(f.actions()).singleElement().asString().contains("private and versioned");
    }

    @Test
    void containersAreScannedRegularlyForVulnerabilities() {
        Finding f = assertStatus(ID, workload().dataset(secured("train").build())
                .environment(securedEnvironment().vulnerabilityScanning(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training and inference container images are not scanned for vulnerabilities");
        assertThat(f.actions()).singleElement().asString().contains("scanned registry");
    }
}
