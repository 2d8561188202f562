package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Context;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.TrafficPattern;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingPlatform;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST01_BP02Test {

    private static final String ID = "MLCOST01-BP02";

    private static Endpoint.Builder endpoint(boolean managed) {
        return Endpoint.builder("scoring").type(EndpointType.REAL_TIME).managed(managed)
                .autoScaling(AutoScaling.builder().enabled(true).build());
    }

    private static Workload.Builder managed(TrainingPlatform platform, boolean endpointManaged) {
        return workload()
                .context(Context.builder().trafficPattern(TrafficPattern.STEADY).buildVsBuyEvaluated(Attestation.of(true)).build())
                .training(Training.builder().platform(platform).build())
                .endpoint(endpoint(endpointManaged).build())
                .cost(CostControls.builder().commitmentDiscounts(true).build());
    }

    @Test
    void metOnManagedPlatformWithCommitmentForSteadyUse() {
        Finding f = assertStatus(ID, managed(TrainingPlatform.MANAGED_TRAINING_JOBS, true).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.platform = MANAGED_TRAINING_JOBS",
                "endpoints[scoring].managed = true");
    }

    @Test
    void metForManagedAiServiceWithoutOwnTraining() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().ownDataProcessing(false).trafficPattern(TrafficPattern.INTERMITTENT).build())
                .model(Model.builder("summarizer").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[summarizer].source = FOUNDATION_MODEL_API")
                .noneMatch(e -> e.startsWith("training."));
    }

    @Test
    void trainingPlatformNotAskedWhenOwnDataFeedsAPretrainedModelUsedAsIs() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().ownDataProcessing(true).trafficPattern(TrafficPattern.SPIKY)
                        .buildVsBuyEvaluated(Attestation.of(true)).build())
                .model(Model.builder("ranker").source(ModelSource.PRETRAINED_AS_IS).build())
                .endpoint(endpoint(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[scoring].managed = true")
                .noneMatch(e -> e.startsWith("training."));
    }

    @Test
    void notMetOnSelfManagedTrainingAndServing() {
        Finding f = assertStatus(ID, managed(TrainingPlatform.SELF_MANAGED_CLUSTER, false).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("training runs on self-managed compute (SELF_MANAGED_CLUSTER) instead of a managed ML platform",
                "endpoint 'scoring' is served from self-managed infrastructure instead of a managed inference service");
    }

    @Test
    void partiallyMetWhenSteadyUsagePaidOnDemand() {
        Finding f = assertStatus(ID, managed(TrainingPlatform.MANAGED_TRAINING_JOBS, true)
                .cost(CostControls.builder().commitmentDiscounts(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("no commitment discount"));
        assertThat(f.actions()).anyMatch(a -> a.contains("Savings Plans"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("training.platform", "context.buildVsBuyEvaluated", "cost.commitmentDiscounts");
    }

    @Test
    void selfManagedTrainingIsJudgedAsIfTheWorkloadTrainsAndAsksWhetherItPreparesDataWhileThatIsUndecided() {
        Finding f = assertStatus(ID, managed(TrainingPlatform.SELF_MANAGED_CLUSTER, true).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training runs on self-managed compute (SELF_MANAGED_CLUSTER) instead of a managed ML platform");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.ownDataProcessing");
    }
}
