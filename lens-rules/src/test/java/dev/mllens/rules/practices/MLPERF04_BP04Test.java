package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.ExplainabilityMethod;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF04_BP04Test {

    private static final String ID = "MLPERF04-BP04";

    private static Monitoring.Builder watched() {
        return Monitoring.builder().baselineStatistics(true).monitorTypes(MonitorType.DATA_QUALITY)
                .driftThresholdsDefined(true).alerting(Alerting.STATIC);
    }

    private static Workload.Builder base(Monitoring m) {
        return workload().monitoring(m)
                .context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .dataset(Dataset.builder("tx").usage(DatasetUsage.TRAINING).profiled(true).build())
                .model(Model.builder("fraud").explainabilityMethod(ExplainabilityMethod.FEATURE_ATTRIBUTION).build())
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build());
    }

    @Test
    void metWhenImportantFeaturesAreBaselinedAndWatched() {
        Finding f = assertStatus(ID, base(watched().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.baselineStatistics = true");
    }

    @Test
    void partiallyMetWhenDriftRaisesNoAlarmAndFeaturesAreNotRanked() {
        Finding f = assertStatus(ID, base(watched().alerting(Alerting.NONE).build())
                .model(Model.builder("other").explainabilityMethod(ExplainabilityMethod.NONE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the features that drive model 'other' are not ranked, so monitoring cannot focus on them",
                "no alarm fires when important features leave their allowed ranges");
    }

    @Test
    void notMetWithoutBaselineOrFeatureMonitoring() {
        Finding f = assertStatus(ID, base(Monitoring.builder().baselineStatistics(false).monitorTypes(java.util.Set.of())
                .driftThresholdsDefined(false).alerting(Alerting.STATIC).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("no baseline statistics and constraints per feature were computed from the training data");
    }

    @Test
    void notMetBeforeDeploymentWithoutBaseline() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build())
                .monitoring(Monitoring.builder().baselineStatistics(false).build()).build(), Status.NOT_MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring.alerting"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.baselineStatistics", "monitoring.monitorTypes");
    }

    @Test
    void notApplicableWithoutOwnFeatures() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void featureDistributionsAreAnalyzedBeforeTrainingAndADatasetOfUnstatedUsageAsksWhatItIsFor() {
        Finding unprofiled = assertStatus(ID, base(watched().build())
                .dataset(Dataset.builder("clicks").profiled(false).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(unprofiled.gaps()).isEmpty();
        assertThat(unprofiled.missing()).extracting(Missing::fact).containsExactly("datasets[clicks].usage");
        Finding training = assertStatus(ID, base(watched().build())
                .dataset(Dataset.builder("clicks").usage(DatasetUsage.TRAINING).profiled(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(training.gapTexts()).containsExactly(
                "the distributions and outliers of dataset 'clicks' were not profiled before training");
    }
}
