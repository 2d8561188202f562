package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.BenchmarkDimension;
import dev.mllens.workload.Context;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.FineTuningMethod;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLCOST04_BP01Test {

    private static final String ID = "MLCOST04-BP01";

    private static Training.Builder rightSized() {
        return Training.builder().observability(TrainingSignal.METRICS, TrainingSignal.PROFILER)
                .resourceUtilizationPct(72.0).benchmarked(BenchmarkDimension.INSTANCE_TYPES);
    }

    @Test
    void metWhenProfiledWellUtilizedAndCompared() {
        Finding f = assertStatus(ID, workload().training(rightSized().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.resourceUtilizationPct = 72.0");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWhenUnmeasuredOversizedAndNeverCompared() {
        Finding f = assertStatus(ID, workload().training(Training.builder().observability(TrainingSignal.LOGS)
                .resourceUtilizationPct(18.0).benchmarked(BenchmarkDimension.FRAMEWORKS).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("training jobs use 18.0 % of their CPU or accelerator capacity, below the 50 % policy"
                + " line: the instances are oversized");
        assertThat(f.actions()).hasSize(3);
    }

    @Test
    void partiallyMetWhenDistributedTrainingIsNotProfiled() {
        Finding f = assertStatus(ID, workload().training(rightSized().observability(TrainingSignal.METRICS)
                .distributionStrategy(DistributionStrategy.DATA_PARALLEL).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "distributed training is not profiled, so communication overhead between nodes goes unseen");
        assertThat(f.actions()).singleElement().asString().contains("inter-node");
    }

    @Test
    void fullFineTuningIsNotAGapWhereTheLensOnlySaysToConsiderLighterMethods() {
        Finding f = assertStatus(ID, workload().context(Context.builder().generativeAi(true).build())
                .training(rightSized().fineTuningMethod(FineTuningMethod.FULL).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("training.fineTuningMethod"));
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactlyInAnyOrder("training.benchmarked", "training.observability", "training.resourceUtilizationPct", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }
}
