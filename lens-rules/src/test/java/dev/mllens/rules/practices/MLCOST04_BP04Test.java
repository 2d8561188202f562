package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.BenchmarkDimension;
import dev.mllens.workload.Context;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLCOST04_BP04Test {

    private static final String ID = "MLCOST04-BP04";

    private static Training.Builder benchmarked() {
        return Training.builder().experimentTracking(true)
                .benchmarked(BenchmarkDimension.FRAMEWORKS, BenchmarkDimension.INSTANCE_TYPES);
    }

    private static CostControls alerts() {
        return CostControls.builder().anomalyDetection(true).build();
    }

    @Test
    void metWhenFrameworksAndInstancesBenchmarkedTrackedAndWatched() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build()).cost(alerts()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("cost.anomalyDetection = true");
    }

    @Test
    void notMetWhenFrameworkChosenWithoutBenchmark() {
        Finding f = assertStatus(ID, workload().training(benchmarked().benchmarked(BenchmarkDimension.INSTANCE_TYPES).build())
                .cost(alerts()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("the ML framework was chosen without benchmarking candidates on this workload");
        assertThat(f.actions()).singleElement().asString().contains("standard benchmark");
    }

    @Test
    void partiallyMetWhenTrialsAreNotTracked() {
        Finding f = assertStatus(ID, workload().training(benchmarked().experimentTracking(false).build())
                .cost(alerts()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("experiment tracking");
    }

    @Test
    void insufficientEvidenceWhenSpendAlertsNotStated() {
        Finding f = assertStatus(ID, workload().training(benchmarked().build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("cost.anomalyDetection", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
