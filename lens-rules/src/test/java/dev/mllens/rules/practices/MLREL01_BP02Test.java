package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.ArchitectureStyle;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL01_BP02Test {

    private static final String ID = "MLREL01-BP02";

    private static Workload.Builder with(ArchitectureStyle style, boolean boundaries) {
        return workload()
                .context(Context.builder().architectureStyle(style)
                        .serviceBoundariesDocumented(boundaries ? Attestation.yes("domain map v3") : Attestation.of(false)).build())
                .endpoint(Endpoint.builder("churn").type(EndpointType.REAL_TIME).independentScaling(true).build())
                .monitoring(Monitoring.builder().endpointOperationalMetrics(true).build())
                .pipelines(Pipelines.builder().cicdForModels(true).infrastructureAsCode(true).build());
    }

    @Test
    void metForDocumentedIndependentlyReleasedMicroservices() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MICROSERVICES, true).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("context.architectureStyle = MICROSERVICES", "endpoints[churn].independentScaling = true");
    }

    @Test
    void notMetForUndocumentedMonolith() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MONOLITH, false).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("ML functionality runs as one tightly coupled application (MONOLITH)");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void partiallyMetForModularMonolithWithDocumentedBoundaries() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MODULAR_MONOLITH, true).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the ML modules still share one runtime and one release (MODULAR_MONOLITH)");
    }

    @Test
    void partiallyMetWhenServicesAreNotReleasedByCiCd() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MICROSERVICES, true)
                .pipelines(Pipelines.builder().cicdForModels(false).infrastructureAsCode(true).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("ML services are not built, tested and released by CI/CD");
    }

    @Test
    void partiallyMetWhenServiceMetricsAreNotCollected() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MICROSERVICES, true)
                .monitoring(Monitoring.builder().endpointOperationalMetrics(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("latency, error and invocation metrics of the model-serving services are not"
                + " collected, so a failing service is hard to find");
    }

    @Test
    void ciCdGapNamesBothMissingHalves() {
        Finding f = assertStatus(ID, with(ArchitectureStyle.MICROSERVICES, true)
                .pipelines(Pipelines.builder().cicdForModels(false).infrastructureAsCode(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "ML services are not built, tested and released by CI/CD, and their infrastructure is not defined as code");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("context.architectureStyle", "context.serviceBoundariesDocumented");
    }
}
