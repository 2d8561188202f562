package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Environment;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL05_BP02Test {

    private static final String ID = "MLREL05-BP02";

    private static Model.Builder kept() {
        return Model.builder("demand").source(ModelSource.BUILT_IN_ALGORITHM).registered(true).artifactStoreVersioned(true);
    }

    private static Workload.Builder batch(Model m, Attestation recoveryTested) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .model(m)
                .endpoint(Endpoint.builder("nightly").type(EndpointType.BATCH).modelIds("demand")
                        .recoveryTested(recoveryTested).build())
                .pipelines(Pipelines.builder().infrastructureAsCode(true).lineageTracking(true).build())
                .environment(Environment.builder().imagesInPrivateRegistry(true).build());
    }

    @Test
    void metForBatchWorkloadWithRegisteredBackedUpModelAndRehearsedRecovery() {
        Finding f = assertStatus(ID, batch(kept().build(), Attestation.yes("restore drill 2025-09")).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[demand].artifactStoreVersioned = true");
    }

    @Test
    void notMetWhenModelIsNeitherRegisteredNorVersioned() {
        Finding f = assertStatus(ID, batch(kept().registered(false).artifactStoreVersioned(false).build(),
                Attestation.of(true)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'demand' has no model registry entry to restore a known version from");
    }

    @Test
    void partiallyMetWhenRecoveryWasNeverRehearsed() {
        Finding f = assertStatus(ID, batch(kept().build(), Attestation.of(false)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "restoring or rolling back endpoint 'nightly' (model, image and configuration) was never rehearsed");
    }

    @Test
    void partiallyMetWithoutLineageFromEndpointToItsParts() {
        Finding f = assertStatus(ID, batch(kept().build(), Attestation.of(true))
                .pipelines(Pipelines.builder().infrastructureAsCode(true).lineageTracking(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no automatic lineage links each endpoint to the model version, data and code"
                + " behind it, so what to restore is guesswork");
        assertThat(f.actions()).containsExactly("Capture lineage automatically from data and code through training jobs and"
                + " model versions to each endpoint, so the parts of any endpoint version are known.");
    }

    @Test
    void notApplicableBeforeDeployment() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .model(kept().registered(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.inferenceMode = NOT_DEPLOYED and no endpoint is declared")
                .contains("no model is deployed");
    }

    @Test
    void insufficientEvidenceAsksToDeclareModels() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .contains("models", "pipelines.infrastructureAsCode", "environment.imagesInPrivateRegistry");
    }
}
