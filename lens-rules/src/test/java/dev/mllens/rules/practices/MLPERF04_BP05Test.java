package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.ExplainabilityMethod;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF04_BP05Test {

    private static final String ID = "MLPERF04-BP05";

    private static Model.Builder weighed() {
        return Model.builder("credit").source(ModelSource.BUILT_IN_ALGORITHM).tradeoffAnalysisDocumented(Attestation.yes("ADR-12"))
                .operationalMetricsEvaluated(true).biasEvaluated(true).crossValidation(true)
                .explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION);
    }

    private static Training baseline(boolean held) {
        return Training.builder().baselineModel(Attestation.of(held)).build();
    }

    @Test
    void metWhenTradeOffsAreWeighedAndDocumented() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(true).build())
                .model(weighed().build()).training(baseline(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[credit].biasEvaluated = true");
    }

    @Test
    void partiallyMetWhenBiasIgnoredForDecisionsAboutPeople() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(true).build())
                .model(weighed().biasEvaluated(false).build()).training(baseline(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "model 'credit' affects decisions about people but its bias was not measured before it was chosen");
    }

    @Test
    void metWithoutBiasMetricsWhenNoPeopleAreAffected() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(false).build())
                .model(weighed().biasEvaluated(false).build()).training(baseline(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[credit].biasEvaluated = false", "context.affectsIndividuals = false");
    }

    @Test
    void partiallyMetWhenDocumentedWithoutABaseline() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(false).build())
                .model(weighed().build()).training(baseline(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no simple baseline model serves as the reference point for the trade-offs");
    }

    private static Workload unexplainedModelWhereStakeholdersNeed(ExplainabilityLevel level) {
        return workload().context(Context.builder().affectsIndividuals(false).build())
                .businessGoal(BusinessGoal.builder().explainabilityLevel(level).build())
                .model(weighed().explainabilityMethod(ExplainabilityMethod.NONE).build()).training(baseline(true)).build();
    }

    @Test
    void partiallyMetWithoutExplanationsWhenTheStakeholdersNeedThem() {
        Finding f = assertStatus(ID, unexplainedModelWhereStakeholdersNeed(ExplainabilityLevel.HIGH), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no explanation method exists for model 'credit', though the stakeholders need HIGH"
                + " explainability, so it could not be weighed in the choice");
    }

    @Test
    void metWithoutExplanationsWhereSpeedAndAccuracyComeBeforeExplainability() {
        Finding f = assertStatus(ID, unexplainedModelWhereStakeholdersNeed(ExplainabilityLevel.LOW), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[credit].explainabilityMethod = NONE", "businessGoal.explainabilityLevel = LOW");
    }

    @Test
    void notMetWithoutDocumentedTradeOffs() {
        Finding f = assertStatus(ID, workload().context(Context.builder().affectsIndividuals(false).build())
                .model(weighed().tradeoffAnalysisDocumented(Attestation.of(false)).build()).training(baseline(true)).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("the choice of model 'credit' is not backed by a documented trade-off of accuracy"
                + " against complexity, latency, fairness and explainability");
    }

    @Test
    void insufficientEvidenceWithoutTrainedModels() {
        Finding f = assertStatus(ID, workload().training(baseline(true))
                .dataset(Dataset.builder("prompts").usage(DatasetUsage.TRAINING).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }

    @Test
    void notApplicableWhenEveryModelIsUsedAsIs() {
        Finding f = assertStatus(ID, workload().model(Model.builder("resnet").source(ModelSource.PRETRAINED_AS_IS).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is");
    }

    @Test
    void notApplicableWithoutOwnTraining() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }
}
