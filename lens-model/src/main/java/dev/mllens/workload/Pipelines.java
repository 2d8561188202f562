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
@Fact("How ML work is versioned and automated, from data processing to release.")
public record Pipelines(
        @Fact("Data processing, training and inference code is in version control.") Boolean codeVersioned,
        @Fact("Infrastructure, endpoints and permissions are defined as versioned code.") Boolean infrastructureAsCode,
        @Fact("The ML workflow (prepare, train, evaluate, register) runs as an orchestrated pipeline.") Boolean mlPipelineOrchestrated,
        @Fact("CI/CD builds, tests and releases models and their containers.") Boolean cicdForModels,
        @Fact("How a new model is evaluated before release.") ModelEvaluation modelEvaluation,
        @Fact("A quality or human approval gate stands before production.") Boolean approvalGate,
        @Fact("Lineage links data, code, jobs, models and endpoints automatically.") Boolean lineageTracking,
        @Fact("What starts retraining; empty means nothing does.") Set<RetrainTrigger> retrainTriggers,
        @Fact("Ingestion and preparation run as an orchestrated pipeline, not ad-hoc scripts.") Boolean dataPipelineAutomated,
        @Fact("How data pipelines start.") PipelineTrigger dataPipelineTrigger,
        @Fact("Data pipelines retry, log and notify on failure.") Boolean dataPipelineErrorHandling,
        @Fact("Data is validated (schema, statistics, anomalies) before it is used for training.") Boolean dataValidationGate,
        @Fact("Compute used for data processing.") ProcessingCompute dataProcessingCompute,
        @Fact("Interactive data preparation is exported into the production pipeline.") Boolean dataPrepExportedToPipeline,
        @Fact("Container images are rebuilt and tested automatically on dependency or patch changes.") Boolean containerBuildAutomated,
        @Fact("Deployments open and close change records automatically.") Boolean changeManagementIntegrated,
        @Fact("Temporary pipeline artifacts are deleted automatically.") Boolean tempArtifactCleanup,
        @Fact("Utilization, run time and idle time of data processing jobs are monitored.") Boolean dataProcessingUtilizationMonitored) {

    /** Makes collections immutable. */
    public Pipelines {
        retrainTriggers = retrainTriggers == null ? null : Collections.unmodifiableSet(Validation.enumSet(RetrainTrigger.class, "retrainTriggers", retrainTriggers));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A pipelines about which nothing is stated. */
    public static Pipelines unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this pipelines's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codeVersioned = codeVersioned;
        b.infrastructureAsCode = infrastructureAsCode;
        b.mlPipelineOrchestrated = mlPipelineOrchestrated;
        b.cicdForModels = cicdForModels;
        b.modelEvaluation = modelEvaluation;
        b.approvalGate = approvalGate;
        b.lineageTracking = lineageTracking;
        b.retrainTriggers = retrainTriggers;
        b.dataPipelineAutomated = dataPipelineAutomated;
        b.dataPipelineTrigger = dataPipelineTrigger;
        b.dataPipelineErrorHandling = dataPipelineErrorHandling;
        b.dataValidationGate = dataValidationGate;
        b.dataProcessingCompute = dataProcessingCompute;
        b.dataPrepExportedToPipeline = dataPrepExportedToPipeline;
        b.containerBuildAutomated = containerBuildAutomated;
        b.changeManagementIntegrated = changeManagementIntegrated;
        b.tempArtifactCleanup = tempArtifactCleanup;
        b.dataProcessingUtilizationMonitored = dataProcessingUtilizationMonitored;
        return b;
    }

    /** Builds a {@link Pipelines}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Boolean codeVersioned;
        private Boolean infrastructureAsCode;
        private Boolean mlPipelineOrchestrated;
        private Boolean cicdForModels;
        private ModelEvaluation modelEvaluation;
        private Boolean approvalGate;
        private Boolean lineageTracking;
        private Set<RetrainTrigger> retrainTriggers;
        private Boolean dataPipelineAutomated;
        private PipelineTrigger dataPipelineTrigger;
        private Boolean dataPipelineErrorHandling;
        private Boolean dataValidationGate;
        private ProcessingCompute dataProcessingCompute;
        private Boolean dataPrepExportedToPipeline;
        private Boolean containerBuildAutomated;
        private Boolean changeManagementIntegrated;
        private Boolean tempArtifactCleanup;
        private Boolean dataProcessingUtilizationMonitored;

        private Builder() {
        }

        /** Sets {@link Pipelines#codeVersioned()}. */
        public Builder codeVersioned(Boolean codeVersioned) {
            this.codeVersioned = codeVersioned;
            return this;
        }

        /** Sets {@link Pipelines#infrastructureAsCode()}. */
        public Builder infrastructureAsCode(Boolean infrastructureAsCode) {
            this.infrastructureAsCode = infrastructureAsCode;
            return this;
        }

        /** Sets {@link Pipelines#mlPipelineOrchestrated()}. */
        public Builder mlPipelineOrchestrated(Boolean mlPipelineOrchestrated) {
            this.mlPipelineOrchestrated = mlPipelineOrchestrated;
            return this;
        }

        /** Sets {@link Pipelines#cicdForModels()}. */
        public Builder cicdForModels(Boolean cicdForModels) {
            this.cicdForModels = cicdForModels;
            return this;
        }

        /** Sets {@link Pipelines#modelEvaluation()}. */
        public Builder modelEvaluation(ModelEvaluation modelEvaluation) {
            this.modelEvaluation = modelEvaluation;
            return this;
        }

        /** Sets {@link Pipelines#approvalGate()}. */
        public Builder approvalGate(Boolean approvalGate) {
            this.approvalGate = approvalGate;
            return this;
        }

        /** Sets {@link Pipelines#lineageTracking()}. */
        public Builder lineageTracking(Boolean lineageTracking) {
            this.lineageTracking = lineageTracking;
            return this;
        }

        /** Sets {@link Pipelines#retrainTriggers()}. */
        public Builder retrainTriggers(Set<RetrainTrigger> retrainTriggers) {
            this.retrainTriggers = retrainTriggers;
            return this;
        }

        /** Sets {@link Pipelines#retrainTriggers()}. */
        public Builder retrainTriggers(RetrainTrigger... values) {
            this.retrainTriggers = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Pipelines#dataPipelineAutomated()}. */
        public Builder dataPipelineAutomated(Boolean dataPipelineAutomated) {
            this.dataPipelineAutomated = dataPipelineAutomated;
            return this;
        }

        /** Sets {@link Pipelines#dataPipelineTrigger()}. */
        public Builder dataPipelineTrigger(PipelineTrigger dataPipelineTrigger) {
            this.dataPipelineTrigger = dataPipelineTrigger;
            return this;
        }

        /** Sets {@link Pipelines#dataPipelineErrorHandling()}. */
        public Builder dataPipelineErrorHandling(Boolean dataPipelineErrorHandling) {
            this.dataPipelineErrorHandling = dataPipelineErrorHandling;
            return this;
        }

        /** Sets {@link Pipelines#dataValidationGate()}. */
        public Builder dataValidationGate(Boolean dataValidationGate) {
            this.dataValidationGate = dataValidationGate;
            return this;
        }

        /** Sets {@link Pipelines#dataProcessingCompute()}. */
        public Builder dataProcessingCompute(ProcessingCompute dataProcessingCompute) {
            this.dataProcessingCompute = dataProcessingCompute;
            return this;
        }

        /** Sets {@link Pipelines#dataPrepExportedToPipeline()}. */
        public Builder dataPrepExportedToPipeline(Boolean dataPrepExportedToPipeline) {
            this.dataPrepExportedToPipeline = dataPrepExportedToPipeline;
            return this;
        }

        /** Sets {@link Pipelines#containerBuildAutomated()}. */
        public Builder containerBuildAutomated(Boolean containerBuildAutomated) {
            this.containerBuildAutomated = containerBuildAutomated;
            return this;
        }

        /** Sets {@link Pipelines#changeManagementIntegrated()}. */
        public Builder changeManagementIntegrated(Boolean changeManagementIntegrated) {
            this.changeManagementIntegrated = changeManagementIntegrated;
            return this;
        }

        /** Sets {@link Pipelines#tempArtifactCleanup()}. */
        public Builder tempArtifactCleanup(Boolean tempArtifactCleanup) {
            this.tempArtifactCleanup = tempArtifactCleanup;
            return this;
        }

        /** Sets {@link Pipelines#dataProcessingUtilizationMonitored()}. */
        public Builder dataProcessingUtilizationMonitored(Boolean dataProcessingUtilizationMonitored) {
            this.dataProcessingUtilizationMonitored = dataProcessingUtilizationMonitored;
            return this;
        }

        /** Builds the pipelines; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Pipelines build() {
            return Validation.checked(new Pipelines(codeVersioned, infrastructureAsCode, mlPipelineOrchestrated, cicdForModels, modelEvaluation, approvalGate, lineageTracking, retrainTriggers, dataPipelineAutomated, dataPipelineTrigger, dataPipelineErrorHandling, dataValidationGate, dataProcessingCompute, dataPrepExportedToPipeline, containerBuildAutomated, changeManagementIntegrated, tempArtifactCleanup, dataProcessingUtilizationMonitored));
        }
    }
}
