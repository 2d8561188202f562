package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DevEnvironment;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import org.junit.jupiter.api.Test;

class MLCOST04_BP02Test {

    private static final String ID = "MLCOST04-BP02";

    private static Environment.Builder managed() {
        return Environment.builder().devEnvironment(DevEnvironment.MANAGED_IDE).rbacByRole(true).idleShutdown(true);
    }

    @Test
    void metWhenManagedWithRolesGitAndIdleShutdown() {
        Finding f = assertStatus(ID, workload().environment(managed().build())
                .pipelines(Pipelines.builder().codeVersioned(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.devEnvironment = MANAGED_IDE");
    }

    @Test
    void notMetWhenDevelopmentIsLocal() {
        Finding f = assertStatus(ID, workload().environment(managed().devEnvironment(DevEnvironment.LOCAL_UNMANAGED).build())
                .pipelines(Pipelines.builder().codeVersioned(true).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("local or self-hosted");
        assertThat(f.actions()).singleElement().asString().contains("managed notebook instances");
    }

    @Test
    void partiallyMetWhenManagedButIdleNotebooksKeepRunning() {
        Finding f = assertStatus(ID, workload().environment(managed().idleShutdown(false).build())
                .pipelines(Pipelines.builder().codeVersioned(true).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("idle notebooks and development instances keep running and billing");
    }

    @Test
    void partiallyMetWhenDistributedTrainingRunsOnANotebook() {
        Finding f = assertStatus(ID, workload().environment(managed().build())
                .pipelines(Pipelines.builder().codeVersioned(true).build())
                .training(Training.builder().distributionStrategy(DistributionStrategy.DATA_PARALLEL)
                        .platform(TrainingPlatform.NOTEBOOK_INSTANCE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("managed training cluster");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("environment.devEnvironment", "environment.idleShutdown");
    }

    @Test
    void notApplicableWithoutModelDevelopment() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
