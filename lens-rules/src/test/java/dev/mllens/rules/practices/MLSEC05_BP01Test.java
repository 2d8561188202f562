package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Pipelines;
import java.util.List;
import dev.mllens.workload.RobustnessMeasure;
import dev.mllens.workload.Workload;
import dev.mllens.workload.Guardrail;
import org.junit.jupiter.api.Test;

class MLSEC05_BP01Test {

    private static final String ID = "MLSEC05-BP01";

    private static Model robust() {
        return Model.builder("fraud").robustnessTested(true).robustnessMeasures(RobustnessMeasure.ENSEMBLE).build();
    }

    private static Endpoint.Builder guardedEndpoint() {
        return Endpoint.builder("fraud-api").type(EndpointType.REAL_TIME).modelIds(List.of("fraud"))
                .inputValidation(true).rateLimiting(true);
    }

    /** A workload stated not to use generative AI, so no prompt guardrail is required of its endpoints. */
    private static Workload.Builder predictive() {
        return workload().context(Context.builder().generativeAi(false).build());
    }

    private static Governance runbook(boolean holds) {
        return Governance.builder().incidentResponsePlan(holds).build();
    }

    /** Probing detection as given, and data-quality drift monitoring in place. */
    private static Monitoring watched(boolean probing) {
        return Monitoring.builder().inferenceAnomalyDetection(probing).monitorTypes(MonitorType.DATA_QUALITY).build();
    }

    private static Pipelines validated() {
        return Pipelines.builder().dataValidationGate(true).build();
    }

    @Test
    void metWhenRobustMonitoredGuardedAndPrepared() {
        Finding f = assertStatus(ID, predictive().model(robust()).endpoint(guardedEndpoint().build())
                .monitoring(watched(true))
                .pipelines(validated()).governance(runbook(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].inputValidation = true");
    }

    @Test
    void notMetWhenNeitherTestedNorMonitored() {
        Finding f = assertStatus(ID, predictive().model(Model.builder("fraud").robustnessTested(false).build())
                .endpoint(guardedEndpoint().build())
                .monitoring(watched(false))
                .pipelines(validated()).governance(runbook(true)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("robustness of model 'fraud' to perturbed or adversarial inputs was not tested",
                "repeated, probing or abnormal inference requests are not detected");
    }

    @Test
    void partiallyMetWithoutRunbookOrThrottling() {
        Finding f = assertStatus(ID, predictive().model(robust()).endpoint(guardedEndpoint().rateLimiting(false).build())
                .monitoring(watched(true))
                .pipelines(validated()).governance(runbook(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'fraud-api' does not both validate inputs and enforce rate limits",
                "no runbook covers attacks on the model (rollback, quarantine, forensics)");
    }

    @Test
    void probingNotJudgedForBatchOnlyWorkload() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .model(robust()).monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).build())
                .pipelines(validated()).governance(runbook(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("monitoring.inferenceAnomalyDetection");
    }

    @Test
    void insufficientEvidenceAsksToDeclareModels() {
        Finding f = assertStatus(ID, workload().monitoring(watched(true))
                .pipelines(validated()).governance(runbook(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }

    @Test
    void partiallyMetWhenDeployedModelIsNotWatchedForDrift() {
        Finding f = assertStatus(ID, predictive().model(robust()).endpoint(guardedEndpoint().build())
                .monitoring(Monitoring.builder().inferenceAnomalyDetection(true).monitorTypes(MonitorType.BIAS_DRIFT).build())
                .pipelines(validated()).governance(runbook(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no data-quality or model-quality monitor compares production inputs and"
                + " outcomes with the training baseline, so drift caused by manipulation goes unseen");
        assertThat(f.actions()).singleElement().asString().contains("drift from the training baseline");
    }

    @Test
    void retrainingDataNotJudgedWhenNothingIsTrained() {
        Finding f = assertStatus(ID, predictive()
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).robustnessTested(true).build())
                .endpoint(guardedEndpoint().modelIds(List.of("llm")).build()).monitoring(watched(true))
                .pipelines(Pipelines.builder().dataValidationGate(false).build()).governance(runbook(true)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("pipelines.dataValidationGate",
                "models[llm].robustnessMeasures");
    }

    @Test
    void singleModelArchitecturesVulnerableToTargetedThreatsAreReinforced() {
        // step 2 "build for robustness from the start": ensembles, adversarial training or diverse features
        Finding f = assertStatus(ID, predictive()
                .model(Model.builder("fraud").robustnessTested(true).robustnessMeasures(java.util.Set.of()).build())
                .endpoint(guardedEndpoint().build()).monitoring(watched(true))
                .pipelines(validated()).governance(runbook(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "model 'fraud' relies on a single architecture without ensembles, adversarial training or diverse features");
        assertThat(f.actions()).singleElement().asString().contains("ensembles or adversarial training");
    }

    @Test
    void generativeModelsNeedInputGuardrailsAgainstInjection() {
        Finding f = assertStatus(ID, workload().context(Context.builder().generativeAi(true).build())
                .model(robust()).endpoint(guardedEndpoint().guardrails(Guardrail.HARMFUL_CONTENT_FILTER).build())
                .monitoring(watched(true)).pipelines(validated()).governance(runbook(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("prompts to the generative model behind endpoint 'fraud-api' pass without a guardrail against injection");
        Finding guarded = assertStatus(ID, workload().context(Context.builder().generativeAi(true).build())
                .model(robust()).endpoint(guardedEndpoint().guardrails(Guardrail.PROMPT_ATTACK_FILTER).build())
                .monitoring(watched(true)).pipelines(validated()).governance(runbook(true)).build(), Status.MET);
        assertThat(guarded.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].guardrails = [PROMPT_ATTACK_FILTER]");
    }

    @Test
    void promptGuardrailsAreAskedWhenGenerativeAiIsNotStated() {
        Finding f = assertStatus(ID, workload().model(robust()).endpoint(guardedEndpoint().build())
                .monitoring(watched(true)).pipelines(validated()).governance(runbook(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.generativeAi", "endpoints[fraud-api].guardrails");
    }

    @Test
    void probingOfAnEndpointOfUnstatedTypeIsJudgedAsIfHostedAndAsksTheType() {
        Finding f = RuleTesting.finding(ID, predictive().model(robust())
                .endpoint(guardedEndpoint().type(null).build()).monitoring(watched(false))
                .pipelines(validated()).governance(runbook(true)).build());
        assertThat(f.gapTexts()).contains("repeated, probing or abnormal inference requests are not detected");
        assertThat(f.missing()).extracting(Missing::fact).contains("endpoints[fraud-api].type");
    }
}
