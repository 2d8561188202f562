package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.BenchmarkDimension;
import dev.mllens.workload.Context;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.SizingMethod;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLPERF04_BP01Test {

    private static final String ID = "MLPERF04-BP01";

    private static Training.Builder benchmarked() {
        return Training.builder().benchmarked(BenchmarkDimension.INSTANCE_TYPES).durationHours(2.0).resourceUtilizationPct(70.0);
    }

    private static Endpoint.Builder sized() {
        return Endpoint.builder("api").type(EndpointType.REAL_TIME).sizingMethod(SizingMethod.RECOMMENDER).resourceUtilizationPct(55.0);
    }

    @Test
    void metWhenBothSidesAreBenchmarkedAndWellUtilized() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build()).endpoint(sized().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[api].sizingMethod = RECOMMENDER");
    }

    @Test
    void partiallyMetWhenLongTrainingRunsOnOneNodeAndEndpointIsIdle() {
        Finding f = assertStatus(ID, workload()
                .training(benchmarked().durationHours(9.0).distributionStrategy(DistributionStrategy.NONE).build())
                .endpoint(sized().resourceUtilizationPct(12.0).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "training jobs of 9 hours run on a single node instead of being spread over several instances",
                "endpoint 'api' runs at 12 % utilization, outside the 20-80 % band");
    }

    @Test
    void notMetWhenNothingWasBenchmarked() {
        Finding f = assertStatus(ID, workload().training(benchmarked().benchmarked(java.util.Set.of()).build())
                .endpoint(sized().sizingMethod(SizingMethod.DEFAULT).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("training instance types were chosen without benchmarking alternatives on time and cost");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("training.benchmarked", "training.resourceUtilizationPct");
    }

    @Test
    void metForABusyBatchEndpoint() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build())
                .endpoint(sized().type(EndpointType.BATCH).resourceUtilizationPct(95.0).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[api].resourceUtilizationPct = 95.0");
    }

    @Test
    void partiallyMetForAnIdleBatchEndpoint() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build())
                .endpoint(sized().type(EndpointType.BATCH).resourceUtilizationPct(8.0).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "batch endpoint 'api' runs at 8 % utilization, below the 20 % floor: its instances are larger than the job needs");
    }

    @Test
    void insufficientEvidenceWhenABusyEndpointHasNoType() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build())
                .endpoint(sized().type(null).resourceUtilizationPct(92.0).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints[api].type");
    }

    @Test
    void insufficientEvidenceWhenAPretrainedModelIsServedFromUndeclaredEndpoints() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .model(Model.builder("resnet").source(ModelSource.PRETRAINED_AS_IS).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("endpoints");
    }

    @Test
    void notApplicableWhenAPretrainedModelIsNotDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .model(Model.builder("resnet").source(ModelSource.PRETRAINED_AS_IS).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is", "context.inferenceMode = NOT_DEPLOYED");
    }

    @Test
    void notApplicableWhenAPretrainedModelIsServedServerless() {
        Finding f = assertStatus(ID, workload().model(Model.builder("resnet").source(ModelSource.PRETRAINED_AS_IS).build())
                .endpoint(Endpoint.builder("sls").type(EndpointType.SERVERLESS).modelIds("resnet").build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared endpoint is SERVERLESS or EDGE");
    }

    @Test
    void notApplicableWithoutTrainingOrInstanceEndpoints() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .endpoint(Endpoint.builder("sls").type(EndpointType.SERVERLESS).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no training or inference instance type is chosen");
    }
}
