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
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP05Test {

    private static final String ID = "MLPERF06-BP05";

    private static Pipelines.Builder automated() {
        return Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM, RetrainTrigger.NEW_DATA_EVENT)
                .mlPipelineOrchestrated(true).modelEvaluation(ModelEvaluation.AUTO_TRIGGERED);
    }

    private static Workload.Builder base(Pipelines p) {
        return workload().pipelines(p)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).groundTruthCollected(true).build())
                .model(Model.builder("demand").source(ModelSource.BUILT_IN_ALGORITHM).registered(true).build())
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME).deploymentStrategy(DeploymentStrategy.BLUE_GREEN)
                        .automatedRollback(true).build());
    }

    @Test
    void metWhenDriftOrNewDataRetrainsThroughAGatedPipeline() {
        Finding f = assertStatus(ID, base(automated().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[demand].registered = true");
    }

    @Test
    void partiallyMetForScheduleOnlyRetraining() {
        Finding f = assertStatus(ID, base(automated().retrainTriggers(RetrainTrigger.SCHEDULED).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("retraining follows a fixed calendar or a person, not drift alarms or newly arrived data");
    }

    @Test
    void notMetWhenOnlyPeopleRetrainByHand() {
        Finding f = assertStatus(ID, base(automated().retrainTriggers(RetrainTrigger.MANUAL).mlPipelineOrchestrated(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("only a person starts retraining, so models are refreshed late or not at all");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("pipelines.retrainTriggers", "pipelines.mlPipelineOrchestrated");
    }

    @Test
    void notApplicableForAFoundationModelApi() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).inferenceMode(InferenceMode.REAL_TIME).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
