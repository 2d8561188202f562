package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Model;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF02_BP01Test {

    private static final String ID = "MLPERF02-BP01";

    private static Workload.Builder complete(Model model) {
        return workload().businessGoal(BusinessGoal.builder().metricToKpiMapping(Attestation.of(true))
                        .errorToleranceDefined(Attestation.of(true)).build())
                .model(model)
                .training(Training.builder().experimentTracking(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).groundTruthCollected(true).build());
    }

    private static Model.Builder fraud() {
        return Model.builder("fraud").evaluationMetrics("recall", "precision@k").acceptanceThresholdsDefined(true);
    }

    @Test
    void metWhenMetricsMappedThresholdedTrackedAndMonitored() {
        Finding f = assertStatus(ID, complete(fraud().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[fraud].evaluationMetrics = [recall, precision@k]");
    }

    @Test
    void partiallyMetWhenNotMonitoredInProduction() {
        Finding f = assertStatus(ID, complete(fraud().build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the evaluation metrics are not monitored on the deployed model (no MODEL_QUALITY monitor)");
    }

    @Test
    void partiallyMetWithoutAFeedbackLoopOfRealWorldPerformanceData() {
        Finding f = assertStatus(ID, complete(fraud().build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).groundTruthCollected(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the real outcomes of production predictions are not collected, so the metrics cannot be checked against them");
        assertThat(f.actions()).singleElement().asString().contains("real-world outcomes back into evaluation");
    }

    @Test
    void notMetWithoutMetricsOrKpiMapping() {
        Finding f = assertStatus(ID, complete(fraud().evaluationMetrics(java.util.List.of()).build())
                .businessGoal(BusinessGoal.builder().metricToKpiMapping(Attestation.of(false))
                        .errorToleranceDefined(Attestation.of(true)).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'fraud' has no evaluation metrics chosen for its problem type");
    }

    @Test
    void insufficientEvidenceWithoutModels() {
        Finding f = assertStatus(ID, workload().businessGoal(BusinessGoal.builder().metricToKpiMapping(Attestation.of(true))
                .errorToleranceDefined(Attestation.of(true)).build())
                .training(Training.builder().experimentTracking(true).build())
                .monitoring(Monitoring.builder().monitorTypes(MonitorType.MODEL_QUALITY).groundTruthCollected(true).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models");
    }
}
