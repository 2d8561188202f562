package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.SizingMethod;
import dev.mllens.workload.TrafficPattern;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL05_BP01Test {

    private static final String ID = "MLREL05-BP01";

    private static AutoScaling.Builder scaling() {
        return AutoScaling.builder().enabled(true).minInstances(2).maxInstances(6).loadTested(true).scaleIn(true);
    }

    private static Endpoint.Builder endpoint(AutoScaling scaling) {
        return Endpoint.builder("fraud-api").type(EndpointType.REAL_TIME).autoScaling(scaling)
                .sizingMethod(SizingMethod.LOAD_TESTED).utilizationAlarms(true);
    }

    private static Workload.Builder hosted(Endpoint e) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build())
                .endpoint(e);
    }

    @Test
    void metWhenScalingBoundedLoadTestedAndMonitored() {
        Finding f = assertStatus(ID, hosted(endpoint(scaling().build()).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].autoScaling.enabled = true");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void metForServerlessEndpointWithoutScalingPolicy() {
        Endpoint e = Endpoint.builder("chat").type(EndpointType.SERVERLESS).build();
        Finding f = assertStatus(ID, hosted(e).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[chat].type = SERVERLESS", "monitoring.endpointOperationalMetrics = true")
                .noneMatch(ev -> ev.startsWith("endpoints[chat].autoScaling") || ev.startsWith("endpoints[chat].sizingMethod")
                        || ev.startsWith("endpoints[chat].utilizationAlarms"));
    }

    @Test
    void partiallyMetForServerlessEndpointWithoutMetrics() {
        Endpoint e = Endpoint.builder("chat").type(EndpointType.SERVERLESS).build();
        Finding f = assertStatus(ID, hosted(e).monitoring(Monitoring.builder().endpointOperationalMetrics(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("latency, error, invocation and utilization metrics are not collected per endpoint");
    }

    @Test
    void notMetWhenCapacityIsFixed() {
        Finding f = assertStatus(ID, hosted(endpoint(AutoScaling.builder().enabled(false).build()).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("'fraud-api' has no automatic scaling policy"));
        assertThat(f.actions()).anyMatch(a -> a.contains("automatic scaling policy"));
    }

    @Test
    void partiallyMetWhenScalingButSizedByDefaultWithoutRoomToScale() {
        Endpoint e = endpoint(scaling().minInstances(2).maxInstances(2).build()).sizingMethod(SizingMethod.DEFAULT).build();
        Finding f = assertStatus(ID, hosted(e).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("maxInstances (2) is not above minInstances (2)"))
                .anyMatch(g -> g.contains("come from DEFAULT"));
    }

    @Test
    void notApplicableForBatchOnlyWorkload() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint").contains("context.inferenceMode = BATCH");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServed() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
    }

    @Test
    void insufficientEvidenceWhenScalingPolicyNotStated() {
        Finding f = assertStatus(ID, hosted(endpoint(null).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[fraud-api].autoScaling.enabled");
    }

    @Test
    void insufficientEvidenceWhenHostedButNoEndpointDeclared() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.ASYNC).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints");
    }

    private static Workload.Builder hosted(Endpoint e, TrafficPattern traffic) {
        return hosted(e).context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).trafficPattern(traffic).build());
    }

    @Test
    void scaleInPoliciesRemoveCapacityWhenVaryingLoadDecreases() {
        Finding f = assertStatus(ID, hosted(endpoint(scaling().scaleIn(false).build()).build(), TrafficPattern.SPIKY).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the scaling policy of endpoint 'fraud-api' never removes capacity, so it runs"
                + " at peak size when SPIKY traffic falls");
        assertThat(f.actions()).singleElement().asString().startsWith("Let the scaling policy remove capacity");
    }

    @Test
    void steadyTrafficNeedsNoScaleInPolicy() {
        Finding f = assertStatus(ID, hosted(endpoint(scaling().scaleIn(false).build()).build(), TrafficPattern.STEADY).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("endpoints[fraud-api].autoScaling.scaleIn = false", "context.trafficPattern = STEADY");
    }

    @Test
    void aPolicyThatNeverScalesInAsksForTheTrafficPatternWhenItIsNotStated() {
        Finding f = assertStatus(ID, hosted(endpoint(scaling().scaleIn(false).build()).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.trafficPattern");
    }
}
