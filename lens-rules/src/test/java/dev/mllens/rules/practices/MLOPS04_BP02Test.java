package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Environment;
import dev.mllens.workload.PackageSource;
import dev.mllens.workload.Pipelines;
import org.junit.jupiter.api.Test;

class MLOPS04_BP02Test {

    private static final String ID = "MLOPS04-BP02";

    private static Environment.Builder packaged() {
        return Environment.builder().packageSource(PackageSource.MIRROR_APPROVED).imagesInPrivateRegistry(true)
                .dependenciesPinned(true);
    }

    private static Pipelines automatedBuilds(boolean automated) {
        return Pipelines.builder().containerBuildAutomated(automated).build();
    }

    @Test
    void metWithApprovedMirrorPrivateImagesPinnedAndAutomatedBuilds() {
        Finding f = assertStatus(ID, workload().environment(packaged().build()).pipelines(automatedBuilds(true)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.packageSource = MIRROR_APPROVED");
    }

    @Test
    void partiallyMetWhenTheMirrorIsUnrestricted() {
        Finding f = assertStatus(ID, workload().environment(packaged().packageSource(PackageSource.MIRROR_UNRESTRICTED).build())
                .pipelines(automatedBuilds(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the internal package mirror does not restrict packages to approved versions");
    }

    @Test
    void notMetWithDirectPublicDownloadsAndNoPrivateImages() {
        Finding f = assertStatus(ID, workload().environment(packaged().packageSource(PackageSource.PUBLIC_DIRECT)
                .imagesInPrivateRegistry(false).dependenciesPinned(false).build()).pipelines(automatedBuilds(false)).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("packages are downloaded directly from public repositories");
        assertThat(f.actions()).hasSize(4);
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("environment.packageSource",
                "environment.imagesInPrivateRegistry", "environment.dependenciesPinned", "pipelines.containerBuildAutomated");
    }
}
