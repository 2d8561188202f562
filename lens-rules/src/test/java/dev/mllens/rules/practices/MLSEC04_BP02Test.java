package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLSEC04_BP02Test {

    private static final String ID = "MLSEC04-BP02";

    private static Training.Builder distributed() {
        return Training.builder().distributionStrategy(DistributionStrategy.DATA_PARALLEL).nodeAuthentication(true)
                .clusterCredentialRotation(true);
    }

    @Test
    void metWhenTrafficEncryptedIsolatedAndKeysRotated() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(true).networkIsolation(true).build())
                .environment(Environment.builder().keyRotation(true).build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.interNodeEncryption = true");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWhenTrafficUnencrypted() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(false).networkIsolation(true).build())
                .environment(Environment.builder().keyRotation(true).build()).build(), Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gapTexts()).containsExactly("traffic between training nodes is not encrypted");
        assertThat(f.actions()).hasSize(1).first().asString().contains("encryption of traffic");
    }

    @Test
    void partiallyMetWhenEncryptedButNotIsolated() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(true).networkIsolation(false).build())
                .environment(Environment.builder().keyRotation(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(f.gapTexts()).containsExactly("training nodes are not isolated in a private network");
        assertThat(f.actions()).singleElement().asString().contains("private network");
    }

    @Test
    void notApplicableForSingleNodeTraining() {
        Finding f = assertStatus(ID, workload()
                .training(Training.builder().distributionStrategy(DistributionStrategy.NONE).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("single node");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.risk()).isEqualTo(Risk.UNANSWERED);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.distributionStrategy", "context.ownDataProcessing");
    }

    @Test
    void insufficientEvidenceWhenDistributedButEncryptionNotStated() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().networkIsolation(true).build())
                .environment(Environment.builder().keyRotation(true).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.interNodeEncryption", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWhenEveryModelIsUsedAsIs() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build())
                .training(Training.builder().build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is", "the workload trains no model of its own");
    }

    @Test
    void onlyAuthorizedNodesJoinTheCluster() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(true).networkIsolation(true).nodeAuthentication(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("nodes can join the training cluster without authenticating");
        assertThat(f.actions()).singleElement().asString().contains("authenticated nodes");
    }

    @Test
    void certificatesOfTheTrainingClusterAreRotatedNotOnlyTheAccountKeys() {
        // the cluster's own TLS certificates decide it; key rotation elsewhere in the environment does not
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(true).networkIsolation(true).clusterCredentialRotation(false).build())
                .environment(Environment.builder().keyRotation(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("TLS certificates and keys protecting cluster traffic are not rotated automatically");
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("environment.keyRotation");
    }

    @Test
    void clusterAuthenticationNotStatedIsAskedFor() {
        Finding f = assertStatus(ID, workload()
                .training(distributed().interNodeEncryption(true).networkIsolation(true).nodeAuthentication(null).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.nodeAuthentication", "context.ownDataProcessing");
    }
}
