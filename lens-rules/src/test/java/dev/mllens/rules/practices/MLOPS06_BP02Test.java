package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import dev.mllens.workload.DeploymentStrategy;
import org.junit.jupiter.api.Test;

class MLOPS06_BP02Test {

    private static final String ID = "MLOPS06-BP02";

    private static Monitoring.Builder observed() {
        return Monitoring.builder().baselineStatistics(true)
                .monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY, MonitorType.BIAS_DRIFT,
                        MonitorType.FEATURE_ATTRIBUTION_DRIFT)
                .dashboards(true).alerting(Alerting.STATIC).endpointOperationalMetrics(true);
    }

    private static Workload.Builder base(Context context, Monitoring monitoring, boolean lineage) {
        return workload().context(context).monitoring(monitoring)
                .pipelines(Pipelines.builder().lineageTracking(lineage).build())
                .model(Model.builder("churn").modelCard(true).build());
    }

    private static Context realTime() {
        return Context.builder().inferenceMode(InferenceMode.REAL_TIME).affectsIndividuals(true).build();
    }

    @Test
    void metWhenMonitoredTracedAndDocumented() {
        Finding f = assertStatus(ID, base(realTime(), observed().build(), true)
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME)
                        .deploymentStrategy(DeploymentStrategy.SHADOW, DeploymentStrategy.CANARY).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.endpointOperationalMetrics = true");
    }

    @Test
    void batchModelIsObservedWithoutEndpointHealth() {
        Finding f = assertStatus(ID, base(Context.builder().inferenceMode(InferenceMode.BATCH).affectsIndividuals(false).build(),
                observed().endpointOperationalMetrics(null).monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY,
                        MonitorType.FEATURE_ATTRIBUTION_DRIFT).build(), true).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .noneMatch(e -> e.startsWith("monitoring.endpointOperationalMetrics"));
    }

    @Test
    void partiallyMetWhenBiasDriftIsNotMonitored() {
        Finding f = assertStatus(ID, base(realTime(), observed().monitorTypes(MonitorType.DATA_QUALITY,
                MonitorType.MODEL_QUALITY, MonitorType.FEATURE_ATTRIBUTION_DRIFT).build(), true).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "bias drift or feature attribution drift of the deployed model is not monitored");
    }

    @Test
    void notMetWhenDeployedWithoutMonitorsOrLineage() {
        Finding f = assertStatus(ID, base(realTime(), observed().monitorTypes().build(), false).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains(
                "production data quality and model quality are not both monitored against a training baseline",
                "deployed models cannot be traced back to their data, code and training job automatically");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.monitorTypes",
                "pipelines.lineageTracking", "models");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void shadowTestingComparesNewModelVersionsOnProductionRequestsBeforeTheyTakeTraffic() {
        Finding f = assertStatus(ID, base(realTime(), observed().build(), true)
                .endpoint(Endpoint.builder("api").type(EndpointType.REAL_TIME)
                        .deploymentStrategy(DeploymentStrategy.BLUE_GREEN, DeploymentStrategy.CANARY).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("new model versions take traffic on endpoint 'api' without first answering"
                + " copies of production requests in shadow mode");
        assertThat(f.actions()).singleElement().asString().startsWith("Shadow-test new model versions");
    }

    @Test
    void endpointHealthAsksTheEndpointTypeWhenHostingIsUndecided() {
        Finding f = RuleTesting.finding(ID, base(Context.builder().affectsIndividuals(true).build(),
                observed().endpointOperationalMetrics(false).build(), true).endpoint(Endpoint.builder("api").build()).build());
        assertThat(f.gapTexts()).containsExactly("latency, errors, invocations and utilization of the hosted endpoints are not collected");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("endpoints[api].type");
    }
}
