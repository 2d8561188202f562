package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Criticality;
import dev.mllens.workload.DeploymentStrategy;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL04_BP02Test {

    private static final String ID = "MLREL04-BP02";

    private static Endpoint.Builder released(DeploymentStrategy... strategy) {
        return Endpoint.builder("triage").type(EndpointType.REAL_TIME).deploymentStrategy(strategy)
                .strategyRationaleDocumented(Attestation.yes("release-strategy ADR")).automatedRollback(true);
    }

    private static Workload.Builder hosted(Criticality criticality, Endpoint e) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).criticality(criticality).build())
                .model(Model.builder("triage-model").registered(true).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).alerting(Alerting.DYNAMIC).build())
                .endpoint(e);
    }

    @Test
    void metForCanaryReleaseOfACriticalModel() {
        Finding f = assertStatus(ID, hosted(Criticality.HIGH, released(DeploymentStrategy.CANARY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[triage].deploymentStrategy = [CANARY]");
    }

    @Test
    void metForBlueGreenReleaseOfALowRiskModel() {
        Finding f = assertStatus(ID, hosted(Criticality.LOW, released(DeploymentStrategy.BLUE_GREEN).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[triage].deploymentStrategy = [BLUE_GREEN]", "context.criticality = LOW");
    }

    @Test
    void notMetForAllAtOnceReleaseWithoutRollback() {
        Finding f = assertStatus(ID, hosted(Criticality.LOW, released(DeploymentStrategy.ALL_AT_ONCE)
                .automatedRollback(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'triage' replaces the model all at once, without a staged or tested traffic shift",
                "endpoint 'triage' is not rolled back automatically when a release degrades its metrics");
    }

    @Test
    void partiallyMetForBlueGreenReleaseOfACriticalModel() {
        Finding f = assertStatus(ID, hosted(Criticality.MISSION_CRITICAL, released(DeploymentStrategy.BLUE_GREEN).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'triage' of a MISSION_CRITICAL workload is released with BLUE_GREEN,"
                + " not a gradual (canary, linear), A/B or shadow release");
    }

    @Test
    void notApplicableBeforeDeployment() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint").contains("NOT_DEPLOYED");
    }

    @Test
    void insufficientEvidenceWhenCriticalityDecidesAndIsNotStated() {
        Finding f = assertStatus(ID, hosted(null, released(DeploymentStrategy.BLUE_GREEN).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.criticality");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
    }

    @Test
    void blueGreenDeploymentsWithCanaryTrafficShiftingSuitAHighStakesModel() {
        Finding f = assertStatus(ID, hosted(Criticality.MISSION_CRITICAL,
                released(DeploymentStrategy.BLUE_GREEN, DeploymentStrategy.CANARY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[triage].deploymentStrategy = [BLUE_GREEN, CANARY]", "context.criticality = MISSION_CRITICAL");
    }

    @Test
    void blueGreenWithAnAllAtOnceSwitchKeepsTheOldFleetToRollBackTo() {
        Finding f = assertStatus(ID, hosted(Criticality.LOW,
                released(DeploymentStrategy.BLUE_GREEN, DeploymentStrategy.ALL_AT_ONCE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[triage].deploymentStrategy = [ALL_AT_ONCE, BLUE_GREEN]");
    }

    @Test
    void shadowTestingFollowedByAnAllAtOnceSwitchIsCautiousEnoughForHighRiskApplications() {
        assertStatus(ID, hosted(Criticality.HIGH, released(DeploymentStrategy.SHADOW, DeploymentStrategy.ALL_AT_ONCE).build())
                .build(), Status.MET);
    }

    @Test
    void aStatedEmptySetOfStrategiesIsAReleaseWithoutATestingStrategy() {
        Finding f = assertStatus(ID, hosted(Criticality.LOW, released().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "endpoint 'triage' replaces the model all at once, without a staged or tested traffic shift");
    }
}
