package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.ExplainabilityMethod;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP02Test {

    private static final String ID = "MLPERF06-BP02";

    private static BusinessGoal.Builder agreed(ExplainabilityLevel level) {
        return BusinessGoal.builder().explainabilityLevel(level).explainabilityAgreed(Attestation.of(true))
                .explanationsReviewed(Attestation.of(true));
    }

    private static Workload.Builder base(BusinessGoal goal, Model model) {
        return workload().businessGoal(goal).model(model)
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.FEATURE_ATTRIBUTION_DRIFT).build());
    }

    @Test
    void metWhenExplainedDocumentedAndMonitored() {
        Finding f = assertStatus(ID, base(agreed(ExplainabilityLevel.REGULATORY).build(), Model.builder("credit")
                .explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION).modelCard(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[credit].explainabilityMethod = FEATURE_ATTRIBUTION");
    }

    @Test
    void metWithoutExplanationsWhereLittleExplainabilityIsNeeded() {
        Finding f = assertStatus(ID, base(agreed(ExplainabilityLevel.LOW).build(), Model.builder("qc")
                .explainabilityMethod(ExplainabilityMethod.NONE).modelCard(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[qc].explainabilityMethod = NONE", "businessGoal.explainabilityLevel = LOW");
    }

    @Test
    void explanationReviewsAndAttributionDriftAreNotAskedWhereTheBusinessContextNeedsLittleExplainability() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.LOW).explanationsReviewed(Attestation.of(false)).build())
                .model(Model.builder("qc").explainabilityMethod(ExplainabilityMethod.NONE).modelCard(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("businessGoal.explanationsReviewed = attested no", "monitoring.monitorTypes = [DATA_QUALITY]");
    }

    @Test
    void partiallyMetWhenExplanationShiftsGoUnmonitoredThoughTheStakeholdersNeedExplanations() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.HIGH).build())
                .model(Model.builder("credit").explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION).modelCard(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "shifts in feature attributions of the deployed model are not monitored, though the stakeholders need HIGH explainability");
    }

    @Test
    void partiallyMetWithoutModelCard() {
        Finding f = assertStatus(ID, base(agreed(ExplainabilityLevel.HIGH).build(), Model.builder("credit")
                .explainabilityMethod(ExplainabilityMethod.INHERENTLY_INTERPRETABLE).modelCard(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no model card explains how model 'credit' works and what drives its decisions");
    }

    @Test
    void notMetWhenRegulatedModelCannotBeExplained() {
        Finding f = assertStatus(ID, base(agreed(ExplainabilityLevel.REGULATORY).explainabilityAgreed(Attestation.of(false)).build(),
                Model.builder("credit").explainabilityMethod(ExplainabilityMethod.NONE).modelCard(true).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains(
                "the predictions of model 'credit' cannot be explained, though the stakeholders need REGULATORY explainability");
    }

    @Test
    void insufficientEvidenceWithoutModels() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.HIGH).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.FEATURE_ATTRIBUTION_DRIFT).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }
}
