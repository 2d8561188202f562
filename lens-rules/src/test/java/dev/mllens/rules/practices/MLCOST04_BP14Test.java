package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BenchmarkDimension;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLCOST04_BP14Test {

    private static final String ID = "MLCOST04-BP14";

    private static Training.Builder compared() {
        return Training.builder().baselineModel(Attestation.yes("logistic regression baseline"))
                .benchmarked(BenchmarkDimension.ALGORITHMS).experimentTracking(true);
    }

    private static Model.Builder chosen() {
        return Model.builder("churn").source(ModelSource.BUILT_IN_ALGORITHM).operationalMetricsEvaluated(true)
                .tradeoffAnalysisDocumented(Attestation.yes("ADR-12"));
    }

    private static BusinessGoal agreed() {
        return BusinessGoal.builder().explainabilityAgreed(Attestation.of(true)).build();
    }

    @Test
    void metWhenBaselineComparisonAndRationaleAreInPlace() {
        Finding f = assertStatus(ID, workload().training(compared().build()).model(chosen().build())
                .businessGoal(agreed()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[churn].operationalMetricsEvaluated = true");
    }

    @Test
    void notMetWithoutBaselineAndChosenOnAccuracyAlone() {
        Finding f = assertStatus(ID, workload().training(compared().baselineModel(Attestation.of(false)).build())
                .model(chosen().operationalMetricsEvaluated(false).build()).businessGoal(agreed()).build(), Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gapTexts()).contains("model 'churn' was chosen on accuracy alone, without its latency, size and cost");
    }

    @Test
    void partiallyMetWhenRationaleIsNotDocumented() {
        Finding f = assertStatus(ID, workload().training(compared().build())
                .model(chosen().tradeoffAnalysisDocumented(Attestation.of(false)).build()).businessGoal(agreed()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).singleElement().asString().contains("Document why the algorithm was chosen");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("training.baselineModel", "models");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
