package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS03_BP01Test {

    private static final String ID = "MLOPS03-BP01";

    private static Dataset.Builder profiled(String id) {
        return Dataset.builder(id).usage(DatasetUsage.TRAINING).profiled(true).catalogued(true).qualityIssuesDocumented(true);
    }

    private static Workload.Builder base(InferenceMode mode, Dataset... datasets) {
        return workload().context(Context.builder().inferenceMode(mode).build()).dataset(datasets)
                .pipelines(Pipelines.builder().dataValidationGate(true).build())
                .monitoring(Monitoring.builder().baselineStatistics(true).monitorTypes(MonitorType.DATA_QUALITY).build());
    }

    @Test
    void metWhenDataIsProfiledCataloguedValidatedAndMonitored() {
        Finding f = assertStatus(ID, base(InferenceMode.BATCH, profiled("orders").build(),
                Dataset.builder("scoring-input").usage(DatasetUsage.INFERENCE).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[orders].profiled = true")
                .noneMatch(e -> e.startsWith("datasets[scoring-input]"));
    }

    @Test
    void partiallyMetWhenQualityIssuesAreNotRecorded() {
        Finding f = assertStatus(ID, base(InferenceMode.BATCH, profiled("orders").build(),
                profiled("returns").qualityIssuesDocumented(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "quality issues found in dataset 'returns' and their fixes are not recorded");
    }

    @Test
    void notMetWhenADatasetIsNotProfiled() {
        Finding f = assertStatus(ID, base(InferenceMode.BATCH, profiled("orders").profiled(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("dataset 'orders' has no automated profile or statistics report");
        assertThat(f.actions()).singleElement().asString().startsWith("Produce an automated profile");
    }

    @Test
    void productionBaselineNotAskedBeforeDeployment() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .dataset(profiled("orders").build()).pipelines(Pipelines.builder().dataValidationGate(true).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring."));
    }

    @Test
    void insufficientEvidenceWhenNoDatasetIsDeclared() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("datasets", "pipelines.dataValidationGate");
    }

    @Test
    void notApplicableWhenTheWorkloadPreparesNoDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "the workload prepares no data of its own");
    }

    @Test
    void distributionShiftChecksAskTheInferenceModeWhenDeploymentIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().dataset(Dataset.builder("tx").usage(DatasetUsage.TRAINING).build())
                .monitoring(Monitoring.builder().baselineStatistics(false).monitorTypes(MonitorType.DATA_QUALITY).build()).build());
        assertThat(f.gapTexts()).contains("production inputs are not compared with a baseline computed from the training data");
        assertThat(f.missing()).extracting(m -> m.fact()).contains("context.inferenceMode");
    }
}
