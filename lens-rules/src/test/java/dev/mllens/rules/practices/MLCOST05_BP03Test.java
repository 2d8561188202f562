package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.SizingMethod;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLCOST05_BP03Test {

    private static final String ID = "MLCOST05-BP03";

    private static Endpoint.Builder fleet(SizingMethod sizing, boolean scaling) {
        return Endpoint.builder("fraud-api").type(EndpointType.REAL_TIME).sizingMethod(sizing)
                .autoScaling(AutoScaling.builder().enabled(scaling).build()).multiAz(true);
    }

    private static Workload.Builder hosted(Endpoint e) {
        return workload().endpoint(e)
                .governance(Governance.builder().reviewCadence(ReviewTopic.CAPACITY, Cadence.QUARTERLY).build());
    }

    @Test
    void metWhenLoadTestedScaledSpreadAndReviewed() {
        Finding f = assertStatus(ID, hosted(fleet(SizingMethod.LOAD_TESTED, true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("governance.reviewCadence[CAPACITY] = QUARTERLY");
    }

    @Test
    void notMetWhenDefaultSizedAndStatic() {
        Finding f = assertStatus(ID, hosted(fleet(SizingMethod.DEFAULT, false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'fraud-api' runs a static instance count instead of scaling with the workload");
        assertThat(f.actions()).anyMatch(a -> a.contains("Load test each model"));
    }

    @Test
    void partiallyMetWhenScaledButNeverLoadTestedInOneZone() {
        Finding f = assertStatus(ID, hosted(fleet(SizingMethod.ESTIMATE, true).multiAz(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).anyMatch(g -> g.contains("come from ESTIMATE"))
                .anyMatch(g -> g.contains("not spread over several Availability Zones"));
    }

    @Test
    void metForServerlessEndpoint() {
        Finding f = assertStatus(ID, hosted(Endpoint.builder("chat").type(EndpointType.SERVERLESS).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[chat].type = SERVERLESS")
                .noneMatch(e -> e.contains("sizingMethod") || e.contains("multiAz"));
    }

    @Test
    void notApplicableForBatchOnlyWorkload() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint").contains("BATCH");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServed() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
    }

    @Test
    void insufficientEvidenceWhenHostedEndpointsNotDeclared() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints");
    }
}
