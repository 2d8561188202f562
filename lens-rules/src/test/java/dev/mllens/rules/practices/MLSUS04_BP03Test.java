package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.ArtifactRetention;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLSUS04_BP03Test {

    private static final String ID = "MLSUS04-BP03";

    private static final Model TRAINED = Model.builder("churn").source(ModelSource.BUILT_IN_ALGORITHM).build();

    private static Training.Builder training(ArtifactRetention retention) {
        return Training.builder().artifactRetention(retention).logsExpire(true).experimentTracking(true);
    }

    private static Environment images(boolean expire) {
        return Environment.builder().imageLifecyclePolicy(expire).build();
    }

    @Test
    void metWhenArtifactsLogsAndImagesExpireAutomatically() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(training(ArtifactRetention.AUTOMATED).build())
                .environment(images(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.logsExpire = true");
    }

    @Test
    void notMetWhenEverythingIsKeptForever() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .training(training(ArtifactRetention.NONE).logsExpire(false).experimentTracking(false).build())
                .environment(images(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("notebook and training logs are kept forever instead of expiring after a retention period");
    }

    @Test
    void partiallyMetWhenCleanupIsManual() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(training(ArtifactRetention.MANUAL).build())
                .environment(images(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("old checkpoints, experiment outputs and intermediate models are not archived"
                + " or deleted automatically (MANUAL)");
        assertThat(f.actions()).hasSize(1).first().asString().contains("automated cleanup");
    }

    @Test
    void notApplicableWhenModelsAreUsedAsIs() {
        Finding f = assertStatus(ID, workload().model(Model.builder("vision").source(ModelSource.MANAGED_AI_SERVICE).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }

    @Test
    void insufficientEvidenceWhenLogRetentionNotStated() {
        Finding f = assertStatus(ID, workload().model(TRAINED)
                .training(training(ArtifactRetention.AUTOMATED).logsExpire(null).build()).environment(images(true)).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.logsExpire");
    }
}
