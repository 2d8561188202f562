package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.DataClassification;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.PiiProtection;
import java.util.List;
import org.junit.jupiter.api.Test;

class MLSEC02_BP01Test {

    private static final String ID = "MLSEC02-BP01";

    private static Dataset.Builder protectedPersonal(String id) {
        return Dataset.builder(id).containsPersonalData(true).sensitiveDataDiscovery(true)
                .classification(DataClassification.CONFIDENTIAL).piiProtection(PiiProtection.TOKENIZED);
    }

    private static Environment keys() {
        return Environment.builder().keysSeparatedPerEnvironment(true).keyRotation(true).build();
    }

    @Test
    void metWhenSensitiveFieldsFoundProtectedAndKeysManaged() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("customers").build())
                .model(Model.builder("churn").trainingDatasetIds(List.of("customers")).artifactEncryption(true).build())
                .environment(keys()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[customers].piiProtection = TOKENIZED",
                "models[churn].artifactEncryption = true");
    }

    @Test
    void notMetWhenPersonalDataInClearAndNeverScanned() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("customers").sensitiveDataDiscovery(false).piiProtection(PiiProtection.NONE).build())
                .environment(keys()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("personal or sensitive fields of dataset 'customers' are stored in clear");
        assertThat(f.actions()).anySatisfy(a -> assertThat(a).contains("field-level encryption"));
    }

    @Test
    void partiallyMetWhenKeysSharedAndArtifactsOfPersonalModelUnencrypted() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("customers").build())
                .model(Model.builder("churn").artifactEncryption(false).build())
                .environment(Environment.builder().keysSeparatedPerEnvironment(false).keyRotation(true).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder("the same encryption keys are used across environments",
                "artifacts of model 'churn' are not encrypted although the workload holds personal data");
    }

    @Test
    void sensitiveFieldCheckSkipsDatasetsWithoutPersonalData() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("sensors").containsPersonalData(false).sensitiveDataDiscovery(true)
                        .classification(DataClassification.INTERNAL).piiProtection(PiiProtection.NONE).build())
                .model(Model.builder("m").trainingDatasetIds(List.of("sensors")).artifactEncryption(false).build())
                .environment(keys()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets[sensors].piiProtection",
                "models[m].artifactEncryption");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, workload().environment(keys()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets");
    }

    @Test
    void insufficientEvidenceWhenPersonalDataAndProtectionNotStated() {
        Finding f = assertStatus(ID, workload()
                .dataset(Dataset.builder("events").sensitiveDataDiscovery(true).classification(DataClassification.INTERNAL).build())
                .environment(keys()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact)
                .containsExactly("datasets[events].containsPersonalData", "datasets[events].piiProtection");
    }

    @Test
    void artifactsOfAModelUsedAsIsAreNotJudged() {
        Finding f = assertStatus(ID, workload()
                .dataset(protectedPersonal("customers").build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).artifactEncryption(false).build())
                .environment(keys()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("models[llm].artifactEncryption");
    }
}
