package dev.mllens.workload;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How the deployed models are watched in production.")
public record Monitoring(
        @Fact("Production model monitors that run; empty means none.") Set<MonitorType> monitorTypes,
        @Fact("Baseline statistics and constraints were computed from training data.") Boolean baselineStatistics,
        @Fact("Numeric drift and quality thresholds are configured.") Boolean driftThresholdsDefined,
        @Fact("How often drift is checked.") CheckFrequency driftCheckFrequency,
        @Fact("Alarms on monitored metrics.") Alerting alerting,
        @Fact("Alarms trigger automated actions.") Boolean automatedRemediation,
        @Fact("Dashboards show model and operational metrics.") Boolean dashboards,
        @Fact("Business KPI values are collected next to model metrics.") Boolean businessKpiTracked,
        @Fact("Latency, errors, invocations and utilization are collected per endpoint and per batch job (processing time, errors, resource use).") Boolean endpointOperationalMetrics,
        @Fact("Ground truth labels are collected for production predictions.") Boolean groundTruthCollected,
        @Fact("Low-confidence or sampled predictions go to human review.") Boolean humanReviewLoop,
        @Fact("Agreement between reviewers and the model is tracked.") Boolean humanModelAgreementTracked,
        @Fact("Feature values at inference are compared with training values.") Boolean trainingServingSkewCheck,
        @Fact("Model metrics are compared across environments around promotion.") Boolean crossEnvValidation,
        @Fact("Probing, repeated or abnormal inference requests are detected.") Boolean inferenceAnomalyDetection,
        @Fact("Anomalous human data access raises alerts to security.") Boolean dataAccessAnomalyAlerts,
        @Fact(value = "Days inference and monitoring logs are kept.", min = 0) Integer logRetentionDays,
        @Fact("The cost of human review was compared with the accuracy it adds, and what goes to review was adjusted to where it pays off.") Attestation humanReviewCostMeasured,
        @Fact("Baselines of normal human data access (by role, team and time) are kept and tune the anomaly detection.") Boolean dataAccessBaseline) {

    /** Makes collections immutable. */
    public Monitoring {
        monitorTypes = monitorTypes == null ? null : Collections.unmodifiableSet(Validation.enumSet(MonitorType.class, "monitorTypes", monitorTypes));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A monitoring about which nothing is stated. */
    public static Monitoring unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this monitoring's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.monitorTypes = monitorTypes;
        b.baselineStatistics = baselineStatistics;
        b.driftThresholdsDefined = driftThresholdsDefined;
        b.driftCheckFrequency = driftCheckFrequency;
        b.alerting = alerting;
        b.automatedRemediation = automatedRemediation;
        b.dashboards = dashboards;
        b.businessKpiTracked = businessKpiTracked;
        b.endpointOperationalMetrics = endpointOperationalMetrics;
        b.groundTruthCollected = groundTruthCollected;
        b.humanReviewLoop = humanReviewLoop;
        b.humanModelAgreementTracked = humanModelAgreementTracked;
        b.trainingServingSkewCheck = trainingServingSkewCheck;
        b.crossEnvValidation = crossEnvValidation;
        b.inferenceAnomalyDetection = inferenceAnomalyDetection;
        b.dataAccessAnomalyAlerts = dataAccessAnomalyAlerts;
        b.logRetentionDays = logRetentionDays;
        b.humanReviewCostMeasured = humanReviewCostMeasured;
        b.dataAccessBaseline = dataAccessBaseline;
        return b;
    }

    /** Builds a {@link Monitoring}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Set<MonitorType> monitorTypes;
        private Boolean baselineStatistics;
        private Boolean driftThresholdsDefined;
        private CheckFrequency driftCheckFrequency;
        private Alerting alerting;
        private Boolean automatedRemediation;
        private Boolean dashboards;
        private Boolean businessKpiTracked;
        private Boolean endpointOperationalMetrics;
        private Boolean groundTruthCollected;
        private Boolean humanReviewLoop;
        private Boolean humanModelAgreementTracked;
        private Boolean trainingServingSkewCheck;
        private Boolean crossEnvValidation;
        private Boolean inferenceAnomalyDetection;
        private Boolean dataAccessAnomalyAlerts;
        private Integer logRetentionDays;
        private Attestation humanReviewCostMeasured;
        private Boolean dataAccessBaseline;

        private Builder() {
        }

        /** Sets {@link Monitoring#monitorTypes()}. */
        public Builder monitorTypes(Set<MonitorType> monitorTypes) {
            this.monitorTypes = monitorTypes;
            return this;
        }

        /** Sets {@link Monitoring#monitorTypes()}. */
        public Builder monitorTypes(MonitorType... values) {
            this.monitorTypes = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Monitoring#baselineStatistics()}. */
        public Builder baselineStatistics(Boolean baselineStatistics) {
            this.baselineStatistics = baselineStatistics;
            return this;
        }

        /** Sets {@link Monitoring#driftThresholdsDefined()}. */
        public Builder driftThresholdsDefined(Boolean driftThresholdsDefined) {
            this.driftThresholdsDefined = driftThresholdsDefined;
            return this;
        }

        /** Sets {@link Monitoring#driftCheckFrequency()}. */
        public Builder driftCheckFrequency(CheckFrequency driftCheckFrequency) {
            this.driftCheckFrequency = driftCheckFrequency;
            return this;
        }

        /** Sets {@link Monitoring#alerting()}. */
        public Builder alerting(Alerting alerting) {
            this.alerting = alerting;
            return this;
        }

        /** Sets {@link Monitoring#automatedRemediation()}. */
        public Builder automatedRemediation(Boolean automatedRemediation) {
            this.automatedRemediation = automatedRemediation;
            return this;
        }

        /** Sets {@link Monitoring#dashboards()}. */
        public Builder dashboards(Boolean dashboards) {
            this.dashboards = dashboards;
            return this;
        }

        /** Sets {@link Monitoring#businessKpiTracked()}. */
        public Builder businessKpiTracked(Boolean businessKpiTracked) {
            this.businessKpiTracked = businessKpiTracked;
            return this;
        }

        /** Sets {@link Monitoring#endpointOperationalMetrics()}. */
        public Builder endpointOperationalMetrics(Boolean endpointOperationalMetrics) {
            this.endpointOperationalMetrics = endpointOperationalMetrics;
            return this;
        }

        /** Sets {@link Monitoring#groundTruthCollected()}. */
        public Builder groundTruthCollected(Boolean groundTruthCollected) {
            this.groundTruthCollected = groundTruthCollected;
            return this;
        }

        /** Sets {@link Monitoring#humanReviewLoop()}. */
        public Builder humanReviewLoop(Boolean humanReviewLoop) {
            this.humanReviewLoop = humanReviewLoop;
            return this;
        }

        /** Sets {@link Monitoring#humanModelAgreementTracked()}. */
        public Builder humanModelAgreementTracked(Boolean humanModelAgreementTracked) {
            this.humanModelAgreementTracked = humanModelAgreementTracked;
            return this;
        }

        /** Sets {@link Monitoring#trainingServingSkewCheck()}. */
        public Builder trainingServingSkewCheck(Boolean trainingServingSkewCheck) {
            this.trainingServingSkewCheck = trainingServingSkewCheck;
            return this;
        }

        /** Sets {@link Monitoring#crossEnvValidation()}. */
        public Builder crossEnvValidation(Boolean crossEnvValidation) {
            this.crossEnvValidation = crossEnvValidation;
            return this;
        }

        /** Sets {@link Monitoring#inferenceAnomalyDetection()}. */
        public Builder inferenceAnomalyDetection(Boolean inferenceAnomalyDetection) {
            this.inferenceAnomalyDetection = inferenceAnomalyDetection;
            return this;
        }

        /** Sets {@link Monitoring#dataAccessAnomalyAlerts()}. */
        public Builder dataAccessAnomalyAlerts(Boolean dataAccessAnomalyAlerts) {
            this.dataAccessAnomalyAlerts = dataAccessAnomalyAlerts;
            return this;
        }

        /** Sets {@link Monitoring#logRetentionDays()}. */
        public Builder logRetentionDays(Integer logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        /** Sets {@link Monitoring#humanReviewCostMeasured()}. */
        public Builder humanReviewCostMeasured(Attestation humanReviewCostMeasured) {
            this.humanReviewCostMeasured = humanReviewCostMeasured;
            return this;
        }

        /** Sets {@link Monitoring#humanReviewCostMeasured()} to a person's statement without a note. */
        public Builder humanReviewCostMeasured(boolean holds) {
            this.humanReviewCostMeasured = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Monitoring#dataAccessBaseline()}. */
        public Builder dataAccessBaseline(Boolean dataAccessBaseline) {
            this.dataAccessBaseline = dataAccessBaseline;
            return this;
        }

        /** Builds the monitoring; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Monitoring build() {
            return Validation.checked(new Monitoring(monitorTypes, baselineStatistics, driftThresholdsDefined, driftCheckFrequency, alerting, automatedRemediation, dashboards, businessKpiTracked, endpointOperationalMetrics, groundTruthCollected, humanReviewLoop, humanModelAgreementTracked, trainingServingSkewCheck, crossEnvValidation, inferenceAnomalyDetection, dataAccessAnomalyAlerts, logRetentionDays, humanReviewCostMeasured, dataAccessBaseline));
        }
    }
}
