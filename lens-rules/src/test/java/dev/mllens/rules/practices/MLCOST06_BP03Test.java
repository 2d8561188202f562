package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Workload;
import dev.mllens.workload.ZonePlacement;
import org.junit.jupiter.api.Test;

class MLCOST06_BP03Test {

    private static final String ID = "MLCOST06-BP03";

    private static Endpoint.Builder endpoint(boolean scaling, double utilization) {
        return Endpoint.builder("fraud-api").type(EndpointType.REAL_TIME).autoScaling(AutoScaling.builder().enabled(scaling).build())
                .utilizationAlarms(true).multiAz(true).resourceUtilizationPct(utilization);
    }

    private static Workload.Builder hosted(boolean metrics, Endpoint e) {
        return workload().monitoring(Monitoring.builder().endpointOperationalMetrics(metrics).build()).endpoint(e);
    }

    @Test
    void metWhenWatchedScaledAndWellUsed() {
        Finding f = assertStatus(ID, hosted(true, endpoint(true, 55.0).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[fraud-api].resourceUtilizationPct = 55.0");
    }

    @Test
    void notMetWhenUnwatchedAndStatic() {
        Finding f = assertStatus(ID, hosted(false, endpoint(false, 55.0).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'fraud-api' keeps a static instance count whatever the load");
    }

    @Test
    void partiallyMetWhenOverProvisioned() {
        Finding f = assertStatus(ID, hosted(true, endpoint(true, 8.0).utilizationAlarms(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("endpoint 'fraud-api' averages 8% utilization, outside 20-80%: its instances are over-provisioned",
                "no alarm fires when endpoint 'fraud-api' stays under- or over-utilized");
    }

    @Test
    void partiallyMetWhenAsyncEndpointRunsInOneZone() {
        Finding f = assertStatus(ID, hosted(true, endpoint(true, 55.0).type(EndpointType.ASYNC).multiAz(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("instances of endpoint 'fraud-api' are not spread over at least two Availability Zones");
    }

    @Test
    void partiallyMetWhenAZonalDataSourceSitsInAnotherZoneThanItsCompute() {
        Finding f = assertStatus(ID, hosted(true, endpoint(true, 55.0).build())
                .dataset(Dataset.builder("lake").zonePlacement(ZonePlacement.REGIONAL).build(),
                        Dataset.builder("scratch").zonePlacement(ZonePlacement.OTHER_ZONE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'scratch' sits in another Availability Zone than the compute that reads it,"
                + " so every read is billed as cross-zone transfer");
        assertThat(f.actions()).singleElement().asString().contains("same Availability Zone");
    }

    @Test
    void metWhenZonalDataSourcesShareTheZoneOfTheirCompute() {
        Finding f = assertStatus(ID, hosted(true, endpoint(true, 55.0).build())
                .dataset(Dataset.builder("fsx").zonePlacement(ZonePlacement.SAME_ZONE_AS_COMPUTE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[fsx].zonePlacement = SAME_ZONE_AS_COMPUTE");
    }

    @Test
    void notApplicableForBatchOnlyWorkload() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hosted endpoint serves predictions");
    }

    @Test
    void insufficientEvidenceAsksHowPredictionsAreServed() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
    }

    @Test
    void insufficientEvidenceWhenUtilizationNotStated() {
        Finding f = assertStatus(ID, hosted(true, Endpoint.builder("chat").type(EndpointType.ASYNC)
                .autoScaling(AutoScaling.builder().enabled(true).build()).utilizationAlarms(true).multiAz(true).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[chat].resourceUtilizationPct");
    }
}
