package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Workload;
import dev.mllens.workload.Context;
import dev.mllens.workload.InferenceMode;
import org.junit.jupiter.api.Test;

class MLSEC04_BP03Test {

    private static final String ID = "MLSEC04-BP03";

    private static Dataset.Builder trusted(String id) {
        return Dataset.builder(id).usage(DatasetUsage.TRAINING).sourcesTrusted(true).versioned(true);
    }

    private static Pipelines.Builder guarded() {
        return Pipelines.builder().dataValidationGate(true).modelEvaluation(ModelEvaluation.AUTO_TRIGGERED);
    }

    /** A workload whose predictions are bounded by thresholds with alarms (step 5). */
    private static Workload.Builder bounded() {
        return workload().monitoring(Monitoring.builder().driftThresholdsDefined(true).alerting(Alerting.STATIC).build());
    }

    private static Environment scanned() {
        return Environment.builder().vulnerabilityScanning(true).build();
    }

    @Test
    void metWhenSourcesVettedDataValidatedAndVersionsKept() {
        Finding f = assertStatus(ID, bounded().dataset(trusted("tx").build()).pipelines(guarded().build())
                .model(Model.builder("fraud").registered(true).build()).environment(scanned()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[tx].sourcesTrusted = attested yes");
    }

    @Test
    void notMetWhenUntrustedDataIsNotValidated() {
        Finding f = assertStatus(ID, bounded().dataset(trusted("scraped").sourcesTrusted(false).build())
                .pipelines(guarded().dataValidationGate(false).build()).environment(scanned()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("training data of dataset 'scraped' comes from sources that are not vetted",
                "new training data is not validated for anomalies and distribution shifts before training");
    }

    @Test
    void partiallyMetWithoutRollbackVersions() {
        Finding f = assertStatus(ID, bounded().dataset(trusted("tx").versioned(false).build()).pipelines(guarded().build())
                .model(Model.builder("fraud").registered(false).build()).environment(scanned()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'tx' has no immutable versions to roll back to",
                "model 'fraud' has no registered versions to roll back to");
    }

    @Test
    void inferenceOnlyDatasetsAreNotJudgedForSources() {
        Finding f = assertStatus(ID, bounded().dataset(trusted("tx").build(),
                        Dataset.builder("requests").usage(DatasetUsage.INFERENCE).build())
                .pipelines(guarded().build()).environment(scanned()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("datasets[requests].sourcesTrusted");
    }

    @Test
    void insufficientEvidenceAsksToDeclareDatasets() {
        Finding f = assertStatus(ID, bounded().pipelines(guarded().build()).environment(scanned()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWhenNoModelIsTrainedInHouse() {
        Finding f = assertStatus(ID, workload()
                .model(Model.builder("vision").source(ModelSource.MANAGED_AI_SERVICE).build())
                .pipelines(guarded().dataValidationGate(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is", "the workload trains no model of its own");
    }

    @Test
    void aModelUsedAsIsIsNotAskedForRegisteredVersions() {
        Finding f = assertStatus(ID, bounded().dataset(trusted("tx").build()).pipelines(guarded().build())
                .model(Model.builder("fraud").registered(true).build(),
                        Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build())
                .environment(scanned()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).contains("models[fraud].registered")
                .doesNotContain("models[llm].registered");
    }

    @Test
    void lowEntropyClassificationCasesAlertWhenOutputsDeviate() {
        Finding f = assertStatus(ID, workload()
                .monitoring(Monitoring.builder().driftThresholdsDefined(true).alerting(Alerting.NONE).build())
                .dataset(trusted("tx").build()).pipelines(guarded().build())
                .model(Model.builder("fraud").registered(true).build()).environment(scanned()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no thresholds with alarms flag predictions that move outside the model's expected behaviour");
        assertThat(f.actions()).singleElement().asString().contains("expected prediction behaviour");
    }

    @Test
    void predictionBoundsAreNotAskedBeforeAnyModelIsDeployed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .dataset(trusted("tx").build()).pipelines(guarded().build())
                .model(Model.builder("fraud").registered(true).build()).environment(scanned()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("monitoring.driftThresholdsDefined");
    }
}
