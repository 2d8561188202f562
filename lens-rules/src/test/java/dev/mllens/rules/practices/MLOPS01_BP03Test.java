package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Alerting;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.CheckFrequency;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.MonitorType;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS01_BP03Test {

    private static final String ID = "MLOPS01-BP03";

    private static Monitoring.Builder monitored() {
        return Monitoring.builder().monitorTypes(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY)
                .baselineStatistics(true).driftThresholdsDefined(true).driftCheckFrequency(CheckFrequency.DAILY)
                .businessKpiTracked(true).dashboards(true).alerting(Alerting.STATIC);
    }

    private static Governance.Builder governed() {
        return Governance.builder().driftResponsePlan(true).monitoringDocumented(true)
                .reviewCadence(ReviewTopic.PERFORMANCE_FEEDBACK, Cadence.MONTHLY);
    }

    private static Workload.Builder batchWorkload(Monitoring monitoring, Governance governance) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .businessGoal(BusinessGoal.builder().kpisDefined(true).metricToKpiMapping(true).build())
                .monitoring(monitoring).governance(governance);
    }

    @Test
    void metForABatchModelMonitoredAgainstBusinessKpis() {
        Finding f = assertStatus(ID, batchWorkload(monitored().build(), governed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("governance.reviewCadence[PERFORMANCE_FEEDBACK] = MONTHLY");
    }

    @Test
    void partiallyMetWhenReviewsAreAdHoc() {
        Finding f = assertStatus(ID, batchWorkload(monitored().build(),
                governed().reviewCadence(ReviewTopic.PERFORMANCE_FEEDBACK, Cadence.AD_HOC).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("monitoring results are not reviewed on a recurring schedule");
        assertThat(f.actions()).singleElement().asString().startsWith("Review monitoring results");
    }

    @Test
    void partiallyMetWithoutDashboards() {
        Finding f = assertStatus(ID, batchWorkload(monitored().dashboards(false).build(), governed().build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("no dashboard shows the model and business metrics to the stakeholders");
        assertThat(f.actions()).singleElement().asString().startsWith("Collect business KPI values");
    }

    @Test
    void notMetWithTechnicalMetricsOnly() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build())
                .businessGoal(BusinessGoal.builder().kpisDefined(false).metricToKpiMapping(false).build())
                .monitoring(monitored().monitorTypes(MonitorType.DATA_QUALITY).businessKpiTracked(false).build())
                .governance(governed().build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model quality in production is not monitored",
                "business KPI values are not collected next to the model metrics");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("businessGoal.kpisDefined",
                "monitoring.monitorTypes", "governance.reviewCadence[PERFORMANCE_FEEDBACK]");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.inferenceMode = NOT_DEPLOYED");
    }

    @Test
    void aWeeklyDataQualityCheckIsARegularCheck() {
        Finding f = assertStatus(ID, batchWorkload(monitored().driftCheckFrequency(CheckFrequency.WEEKLY).build(),
                governed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.driftCheckFrequency = WEEKLY");
    }

    @Test
    void monitoringInfrequentlyOrIrregularlyLeavesDriftUnseen() {
        Finding f = assertStatus(ID, batchWorkload(monitored().driftCheckFrequency(CheckFrequency.AD_HOC).build(),
                governed().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("production input data is not checked for quality and drift on a regular schedule");
    }
}
