package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Governance;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Training;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLREL02_BP03Test {

    private static final String ID = "MLREL02-BP03";

    private static Workload.Builder managed(Dataset data, Model model) {
        return workload().dataset(data).model(model)
                .governance(Governance.builder().dataVersioningConventions(Attestation.yes("data-versioning.md")).build())
                .training(Training.builder().reproducibleEnvironment(true).build())
                .pipelines(Pipelines.builder().dataValidationGate(true).cicdForModels(true).build()).monitoring(watched());
    }

    private static Dataset.Builder tx() {
        return Dataset.builder("tx").usage(DatasetUsage.TRAINING, DatasetUsage.VALIDATION).versioned(true)
                .provenanceRecorded(true);
    }

    private static Monitoring watched() {
        return Monitoring.builder().baselineStatistics(true).monitorTypes(MonitorType.DATA_QUALITY).build();
    }

    private static Model.Builder fraud() {
        return Model.builder("fraud").source(ModelSource.CUSTOM_FROM_SCRATCH).trainingDatasetIds("tx").traceableToData(true);
    }

    @Test
    void metWhenDataVersionedTracedValidatedAndReproducible() {
        Finding f = assertStatus(ID, managed(tx().build(), fraud().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[tx].versioned = true");
    }

    @Test
    void notMetWhenTrainingDataHasNoVersions() {
        Finding f = assertStatus(ID, managed(tx().versioned(false).build(), fraud().build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'tx' has no immutable versions, so a model cannot be rebuilt on the data it saw");
    }

    @Test
    void partiallyMetWhenModelIsNotLinkedToItsDataVersions() {
        Finding f = assertStatus(ID, managed(tx().build(), fraud().traceableToData(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).containsExactly(
                "Record in the model registry the exact data versions and code commit behind every model version.");
    }

    @Test
    void trainingReproducibilityNotAskedWhenEveryModelIsUsedAsIs() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(true).build())
                .dataset(Dataset.builder("documents").versioned(true).provenanceRecorded(true).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build())
                .governance(Governance.builder().dataVersioningConventions(Attestation.of(true)).build())
                .training(Training.builder().reproducibleEnvironment(false).build())
                .pipelines(Pipelines.builder().dataValidationGate(true).cicdForModels(true).build()).monitoring(watched()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("training."));
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceWhenOnlyInferenceDataIsDeclared() {
        Finding f = assertStatus(ID, workload().dataset(Dataset.builder("requests").usage(DatasetUsage.INFERENCE).build())
                .governance(Governance.builder().dataVersioningConventions(Attestation.of(true)).build())
                .training(Training.builder().reproducibleEnvironment(true).build())
                .pipelines(Pipelines.builder().dataValidationGate(true).cicdForModels(true).build()).monitoring(watched()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets", "context.ownDataProcessing");
    }

    @Test
    void featureEngineeringTransformationsAppliedToTrainingDataArePreserved() {
        Finding f = assertStatus(ID, managed(tx().provenanceRecorded(false).build(), fraud().build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the transformations that produced dataset 'tx' are not recorded, so the"
                + " features a model saw cannot be rebuilt");
    }

    @Test
    void changesToCodeAndDataAreTestedByCiCdBeforeProduction() {
        Finding f = assertStatus(ID, managed(tx().build(), fraud().build())
                .pipelines(Pipelines.builder().dataValidationGate(true).cicdForModels(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("changes to data and code reach production without passing a CI/CD pipeline that tests them");
    }

    @Test
    void incomingDataIsComparedWithTheTrainingBaselineOnceDeployed() {
        Finding f = assertStatus(ID, managed(tx().build(), fraud().build())
                .context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .monitoring(Monitoring.builder().baselineStatistics(true).monitorTypes(MonitorType.MODEL_QUALITY).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("incoming data is not compared with baseline statistics of the training data,"
                + " so drift and anomalies go unseen");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void incomingDataMonitoringIsNotAskedBeforeDeployment() {
        Finding f = assertStatus(ID, managed(tx().build(), fraud().build())
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .monitoring(Monitoring.builder().monitorTypes(java.util.Set.of()).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring."));
    }

    @Test
    void incomingDataMonitoringAsksTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, managed(tx().build(), fraud().build())
                .monitoring(Monitoring.builder().baselineStatistics(false).monitorTypes(MonitorType.DATA_QUALITY).build()).build());
        assertThat(f.gapTexts()).containsExactly("incoming data is not compared with baseline statistics of the training data,"
                + " so drift and anomalies go unseen");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
