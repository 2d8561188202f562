package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.ExplainabilityMethod;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import org.junit.jupiter.api.Test;

class MLOPS01_BP02Test {

    private static final String ID = "MLOPS01-BP02";

    private static BusinessGoal.Builder agreed(ExplainabilityLevel level) {
        return BusinessGoal.builder().explainabilityLevel(level).explainabilityAgreed(true).explanationsReviewed(true);
    }

    private static Model model(ExplainabilityMethod method) {
        return Model.builder("credit").explainabilityMethod(method).explanationInterface(true).build();
    }

    private static Monitoring attributionsMonitored() {
        return Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY, MonitorType.FEATURE_ATTRIBUTION_DRIFT).build();
    }

    @Test
    void metWhenLevelAgreedExplainedReviewedAndMonitored() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.REGULATORY).build())
                .model(model(ExplainabilityMethod.FEATURE_ATTRIBUTION)).monitoring(attributionsMonitored()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[credit].explainabilityMethod = FEATURE_ATTRIBUTION");
    }

    @Test
    void metWithoutExplanationMethodWhenLowLevelWasAgreed() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.LOW).build())
                .model(model(ExplainabilityMethod.NONE)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("businessGoal.explainabilityLevel = LOW");
    }

    @Test
    void partiallyMetWhenAgreedButModelIsOpaque() {
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.HIGH).build())
                .model(model(ExplainabilityMethod.NONE)).monitoring(attributionsMonitored()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "model 'credit' has no explanation method although the agreed explainability level is HIGH");
        assertThat(f.actions()).singleElement().asString().startsWith("Pick model types");
    }

    @Test
    void notMetWhenNeverAgreedAndModelIsOpaque() {
        Finding f = assertStatus(ID, workload()
                .businessGoal(BusinessGoal.builder().explainabilityLevel(ExplainabilityLevel.MEDIUM)
                        .explainabilityAgreed(false).explanationsReviewed(false).build())
                .model(model(ExplainabilityMethod.NONE)).monitoring(attributionsMonitored()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains(
                "the level of explainability was not agreed with the business and compliance stakeholders");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("businessGoal.explainabilityLevel",
                "businessGoal.explainabilityAgreed", "models", "businessGoal.explanationsReviewed",
                "monitoring.monitorTypes");
    }

    @Test
    void noMonitoringAskedWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .businessGoal(agreed(ExplainabilityLevel.HIGH).build())
                .model(model(ExplainabilityMethod.INHERENTLY_INTERPRETABLE)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring."));
    }

    @Test
    void userFriendlyExplanationInterfacesAreCreatedForEachAudience() {
        Model unread = Model.builder("credit").explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION)
                .explanationInterface(false).build();
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.REGULATORY).build())
                .model(unread).monitoring(attributionsMonitored()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("explanations of model 'credit' do not reach analysts, business users or"
                + " affected people in a form they can read");
        assertThat(f.actions()).singleElement().asString().startsWith("Present explanations in a form each audience can use");
    }

    @Test
    void explanationInterfacesAreNotAskedForWhenALowLevelWasAgreed() {
        Model unread = Model.builder("credit").explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION)
                .explanationInterface(false).build();
        Finding f = assertStatus(ID, workload().businessGoal(agreed(ExplainabilityLevel.LOW).explanationsReviewed(false).build())
                .model(unread).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).doesNotContain("models[credit].explanationInterface = false");
    }

    @Test
    void explanationFollowUpAsksForTheAgreedLevelInsteadOfFailingWhenItIsNotStated() {
        // the review, the interfaces and the monitoring are owed only above a LOW level: with no level
        // stated, their absence is a question about the level, not a gap
        Model unread = Model.builder("credit").explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION)
                .explanationInterface(false).build();
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .businessGoal(BusinessGoal.builder().explainabilityAgreed(true).explanationsReviewed(false).build())
                .model(unread).monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(Missing::fact).containsOnly("businessGoal.explainabilityLevel");
    }

    @Test
    void continuousExplainabilityMonitoringIsAskedWithTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().businessGoal(agreed(ExplainabilityLevel.HIGH).build())
                .model(model(ExplainabilityMethod.FEATURE_ATTRIBUTION))
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).build()).build());
        assertThat(f.gapTexts()).containsExactly("feature attribution drift of the deployed model is not monitored");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
