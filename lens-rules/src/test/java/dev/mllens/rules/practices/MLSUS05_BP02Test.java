package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelOptimization;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Sustainability;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLSUS05_BP02Test {

    private static final String ID = "MLSUS05-BP02";

    private static Sustainability compared(boolean holds) {
        return Sustainability.builder().perfPerWattCompared(Attestation.of(holds)).build();
    }

    private static Model.Builder model() {
        return Model.builder("detector").source(ModelSource.CUSTOM_FROM_SCRATCH);
    }

    private static Endpoint endpoint(AcceleratorFamily family) {
        return Endpoint.builder("vision").type(EndpointType.REAL_TIME).instanceFamily(family).modelIds("detector").build();
    }

    @Test
    void metOnInferentiaWithCompiledModelAndTrainium() {
        Finding f = assertStatus(ID, workload().sustainability(compared(true))
                .model(model().optimizations(ModelOptimization.COMPILED).build())
                .endpoint(endpoint(AcceleratorFamily.INFERENTIA))
                .training(Training.builder().instanceFamily(AcceleratorFamily.TRAINIUM).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("endpoints[vision].instanceFamily = INFERENTIA");
    }

    @Test
    void notMetOnGpuWithoutComparingPerformancePerWatt() {
        Finding f = assertStatus(ID, workload().sustainability(compared(false)).model(model().build())
                .endpoint(endpoint(AcceleratorFamily.GPU))
                .training(Training.builder().instanceFamily(AcceleratorFamily.GPU).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("endpoint 'vision' serves on GPU instances rather than purpose-built inference"
                + " accelerators or efficient CPUs");
        assertThat(f.actions()).anySatisfy(a -> assertThat(a).contains("Inferentia"));
    }

    @Test
    void partiallyMetWhenTrainingStaysOnGeneralPurposeInstances() {
        Finding f = assertStatus(ID, workload().sustainability(compared(true)).model(model().build())
                .endpoint(endpoint(AcceleratorFamily.GRAVITON))
                .training(Training.builder().instanceFamily(AcceleratorFamily.GENERAL_CPU).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training runs on GENERAL_CPU instances rather than purpose-built training"
                + " accelerators or efficient CPUs");
    }

    @Test
    void aGpuEndpointNextToAGravitonOneCitesTheAcceleratorStep() {
        Finding f = assertStatus(ID, workload().sustainability(compared(true)).model(model().build())
                .endpoint(Endpoint.builder("a-cpu").type(EndpointType.REAL_TIME).instanceFamily(AcceleratorFamily.GRAVITON).build(),
                        Endpoint.builder("b-gpu").type(EndpointType.REAL_TIME).instanceFamily(AcceleratorFamily.GPU).build())
                .training(Training.builder().instanceFamily(AcceleratorFamily.TRAINIUM).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'b-gpu' serves on GPU instances rather than purpose-built inference"
                + " accelerators or efficient CPUs");
        assertThat(f.actions()).hasSize(1).first().asString().contains("Inferentia");
    }

    @Test
    void aGeneralPurposeCpuEndpointCitesTheGravitonStep() {
        Finding f = assertStatus(ID, workload().sustainability(compared(true)).model(model().build())
                .endpoint(endpoint(AcceleratorFamily.GENERAL_CPU))
                .training(Training.builder().instanceFamily(AcceleratorFamily.TRAINIUM).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("endpoint 'vision' serves on GENERAL_CPU instances rather than energy-efficient"
                + " CPUs or inference accelerators");
        assertThat(f.actions()).hasSize(1).first().asString().contains("Graviton");
    }

    @Test
    void aGpuEndpointOfUnstatedTypeIsNotFailed() {
        Finding f = assertStatus(ID, workload().sustainability(compared(true)).model(model().build())
                .endpoint(Endpoint.builder("vision").instanceFamily(AcceleratorFamily.GPU).build())
                .training(Training.builder().instanceFamily(AcceleratorFamily.TRAINIUM).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("endpoints[vision].type");
    }

    @Test
    void notApplicableWhenOnlyAManagedServiceIsCalled() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no hardware of its own");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .containsExactlyInAnyOrder("sustainability.perfPerWattCompared", "training.instanceFamily", "context.ownDataProcessing");
    }
}
