package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Sustainability;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLSUS04_BP01Test {

    private static final String ID = "MLSUS04-BP01";

    private static Model.Builder model() {
        return Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).sufficientAccuracyDefined(true)
                .efficiencyTradeoffDocumented(Attestation.of(true));
    }

    private static Training.Builder training() {
        return Training.builder().earlyStopping(true).observability(TrainingSignal.METRICS, TrainingSignal.LOGS)
                .resourceUtilizationPct(72.0);
    }

    private static Sustainability efficiency(boolean holds) {
        return Sustainability.builder().efficiencyInPerformanceCriteria(Attestation.of(holds)).build();
    }

    @Test
    void metWhenGoodEnoughCriteriaStopTrainingOnWellUsedInstances() {
        Finding f = assertStatus(ID, workload().model(model().build()).training(training().build())
                .sustainability(efficiency(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.resourceUtilizationPct = 72.0");
    }

    @Test
    void modelsUsedAsIsAreNotJudgedOnTrainingCriteria() {
        Finding f = assertStatus(ID, workload().model(model().build(),
                Model.builder("summarizer").source(ModelSource.FOUNDATION_MODEL_API).build())
                .training(training().build()).sustainability(efficiency(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[churn].sufficientAccuracyDefined = true")
                .noneMatch(e -> e.startsWith("models[summarizer]"));
    }

    @Test
    void notMetWhenOnlyAccuracyCountsAndNoThresholds() {
        Finding f = assertStatus(ID, workload().model(model().sufficientAccuracyDefined(false).build())
                .training(training().earlyStopping(false).build()).sustainability(efficiency(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'churn' has no performance level that says when it is good enough and training should stop",
                "training and tuning jobs run to the end even when they stop improving");
    }

    @Test
    void partiallyMetWhenTrainingInstancesAreOversized() {
        Finding f = assertStatus(ID, workload().model(model().build()).training(training().resourceUtilizationPct(18.0).build())
                .sustainability(efficiency(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training jobs use only 18.0% of the capacity they provision");
        assertThat(f.actions()).hasSize(1).first().asString().contains("Right-size training");
    }

    @Test
    void notApplicableWhenNoModelIsTrained() {
        Finding f = assertStatus(ID, workload().model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("trains no model");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("sustainability.efficiencyInPerformanceCriteria", "training.earlyStopping");
    }

    @Test
    void anAcceptanceGateIsNotAPointOfDiminishingReturns() {
        // step 1: thresholds that meet the business need "and the point at which additional gains become negligible"
        Finding f = assertStatus(ID, workload().model(model().acceptanceThresholdsDefined(true).sufficientAccuracyDefined(false).build())
                .training(training().build()).sustainability(efficiency(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("model 'churn' has no performance level that says when it is good enough and training should stop");
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("models[churn].acceptanceThresholdsDefined");
    }

    @Test
    void theDocumentedTradeoffIsBetweenAccuracyAndResources() {
        // step 7 documents the accuracy-resource trade-off; a cost or complexity memo is another trade-off
        Finding f = assertStatus(ID, workload().model(model().tradeoffAnalysisDocumented(Attestation.of(true))
                .efficiencyTradeoffDocumented(Attestation.of(false)).build())
                .training(training().build()).sustainability(efficiency(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the trade-off between accuracy and resources of model 'churn' is not documented");
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("models[churn].tradeoffAnalysisDocumented");
    }
}
