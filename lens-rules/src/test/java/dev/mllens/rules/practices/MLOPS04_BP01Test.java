package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DeploymentStrategy;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.Pipelines;
import org.junit.jupiter.api.Test;

class MLOPS04_BP01Test {

    private static final String ID = "MLOPS04-BP01";

    private static Pipelines.Builder automated() {
        return Pipelines.builder().infrastructureAsCode(true).codeVersioned(true).mlPipelineOrchestrated(true)
                .cicdForModels(true).modelEvaluation(ModelEvaluation.AUTO_TRIGGERED).approvalGate(true);
    }

    private static Endpoint.Builder realTime() {
        return Endpoint.builder("scoring").type(EndpointType.REAL_TIME).deployedViaPipeline(true).automatedRollback(true)
                .deploymentStrategy(DeploymentStrategy.BLUE_GREEN, DeploymentStrategy.CANARY);
    }

    @Test
    void metWhenEverythingRunsFromCodeAndPipelines() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build()).endpoint(realTime().build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[scoring].automatedRollback = true");
    }

    @Test
    void metForABatchWorkloadWithoutRollbackQuestions() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("endpoints["));
    }

    @Test
    void partiallyMetWhenEndpointCannotRollBack() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .endpoint(realTime().automatedRollback(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'scoring' is not released only by the pipeline with automatic rollback on alarms");
        assertThat(f.actions()).singleElement().asString().contains("roll back automatically");
    }

    @Test
    void notMetWhenModelsAreDeployedByHand() {
        Finding f = assertStatus(ID, workload().pipelines(automated().infrastructureAsCode(false)
                .mlPipelineOrchestrated(false).cicdForModels(false).modelEvaluation(ModelEvaluation.MANUAL).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("models and their containers are built and released by hand, not by CI/CD");
    }

    @Test
    void insufficientEvidenceAsksForTheHostedEndpoints() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("pipelines.infrastructureAsCode",
                "pipelines.cicdForModels", "pipelines.modelEvaluation");
    }

    @Test
    void noTrainingPipelineAskedWhenEveryModelIsUsedAsIs() {
        Finding f = assertStatus(ID, workload().pipelines(automated().mlPipelineOrchestrated(null).build())
                .model(Model.builder("vision").source(ModelSource.PRETRAINED_AS_IS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("pipelines.mlPipelineOrchestrated"));
    }

    @Test
    void canaryOrBlueGreenStrategiesGraduallyShiftTrafficToNewModelVersions() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .endpoint(realTime().deploymentStrategy(DeploymentStrategy.ALL_AT_ONCE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("new model versions reach endpoint 'scoring' all at once instead of through a"
                + " canary or blue/green traffic shift");
    }

    @Test
    void anEndpointOfUnstatedTypeIsAskedForItsTypeRatherThanFailedOnRollback() {
        // only hosted endpoints shift live traffic; a batch endpoint has no rollout to stage
        Finding f = assertStatus(ID, workload().pipelines(automated().build())
                .endpoint(Endpoint.builder("scoring").deployedViaPipeline(false).automatedRollback(false)
                        .deploymentStrategy(DeploymentStrategy.ALL_AT_ONCE).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[scoring].type");
    }

    @Test
    void orchestrationAsksWhereTheModelComesFromWhenTrainingIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().pipelines(automated().mlPipelineOrchestrated(false).build())
                .model(Model.builder("scorer").build()).build());
        assertThat(f.gapTexts()).containsExactly("preparation, training, evaluation and registration do not run as an orchestrated pipeline");
        assertThat(f.missing()).extracting(Missing::fact).contains("models[scorer].source");
    }
}
