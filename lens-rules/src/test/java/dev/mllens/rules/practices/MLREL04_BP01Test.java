package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL04_BP01Test {

    private static final String ID = "MLREL04-BP01";

    private static Endpoint.Builder viaPipeline() {
        return Endpoint.builder("pricing").type(EndpointType.REAL_TIME).modelIds("price").deployedViaPipeline(true)
                .automatedRollback(true);
    }

    private static Pipelines.Builder pipeline() {
        return Pipelines.builder().changeManagementIntegrated(true).modelEvaluation(ModelEvaluation.PIPELINE_STEP)
                .approvalGate(true);
    }

    private static Workload.Builder hosted(Endpoint e, Model m, Pipelines p) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .model(m).endpoint(e).pipelines(p);
    }

    private static Model registered() {
        return Model.builder("price").source(ModelSource.BUILT_IN_ALGORITHM).registered(true).build();
    }

    @Test
    void metWhenEveryChangeFlowsThroughATestedGatedPipeline() {
        Finding f = assertStatus(ID, hosted(viaPipeline().build(), registered(), pipeline().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[pricing].deployedViaPipeline = true");
    }

    @Test
    void metForFoundationModelApiWithoutRegistryEntry() {
        Model fm = Model.builder("price").source(ModelSource.FOUNDATION_MODEL_API).build();
        Finding f = assertStatus(ID, hosted(viaPipeline().build(), fm, pipeline().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("models[price]"));
    }

    @Test
    void notMetWhenEndpointIsChangedByHand() {
        Finding f = assertStatus(ID, hosted(viaPipeline().deployedViaPipeline(false).build(), registered(), pipeline().build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'pricing' is changed by hand, outside the deployment pipeline");
    }

    @Test
    void partiallyMetWithoutChangeRecordsOrRollback() {
        Finding f = assertStatus(ID, hosted(viaPipeline().automatedRollback(false).build(), registered(),
                pipeline().changeManagementIntegrated(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(2)
                .anyMatch(a -> a.startsWith("Let the pipeline open and close a record"))
                .anyMatch(a -> a.startsWith("Roll back automatically"));
    }

    @Test
    void notApplicableForBatchOnlyWorkload() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServedWithoutJudgingThePipeline() {
        Finding f = assertStatus(ID, workload().pipelines(pipeline().approvalGate(false).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
        assertThat(f.gapTexts()).isEmpty();
    }
}
