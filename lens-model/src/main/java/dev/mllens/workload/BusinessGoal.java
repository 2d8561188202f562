package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("The business problem, its success measures and the case for ML.")
public record BusinessGoal(
        @Fact("Business KPIs are defined and tied to the ML use case.") Attestation kpisDefined,
        @Fact("The KPIs were measured before the model, as a baseline.") Attestation kpiBaselineMeasured,
        @Fact("The error the business can tolerate is defined.") Attestation errorToleranceDefined,
        @Fact("Model metrics are mapped to the business KPIs they move.") Attestation metricToKpiMapping,
        @Fact("Level of explainability the stakeholders need.") ExplainabilityLevel explainabilityLevel,
        @Fact("The explainability level was discussed and agreed with stakeholders, including compliance.") Attestation explainabilityAgreed,
        @Fact("Whether this is research or development work.") ProjectType projectType,
        @Fact("A cost-benefit model for the ML solution exists.") Attestation costBenefitModel,
        @Fact("A rule-based or non-ML alternative was evaluated.") Attestation nonMlBaselineEvaluated,
        @Fact("Why ML is the right approach is documented.") Attestation mlJustificationDocumented,
        @Fact("Whether enough suitable data exists was assessed.") Attestation dataAvailabilityAssessed,
        @Fact("Explanation reports were reviewed with the stakeholders and give the understanding they agreed on.") Attestation explanationsReviewed) {

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A business goal about which nothing is stated. */
    public static BusinessGoal unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this business goal's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kpisDefined = kpisDefined;
        b.kpiBaselineMeasured = kpiBaselineMeasured;
        b.errorToleranceDefined = errorToleranceDefined;
        b.metricToKpiMapping = metricToKpiMapping;
        b.explainabilityLevel = explainabilityLevel;
        b.explainabilityAgreed = explainabilityAgreed;
        b.projectType = projectType;
        b.costBenefitModel = costBenefitModel;
        b.nonMlBaselineEvaluated = nonMlBaselineEvaluated;
        b.mlJustificationDocumented = mlJustificationDocumented;
        b.dataAvailabilityAssessed = dataAvailabilityAssessed;
        b.explanationsReviewed = explanationsReviewed;
        return b;
    }

    /** Builds a {@link BusinessGoal}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Attestation kpisDefined;
        private Attestation kpiBaselineMeasured;
        private Attestation errorToleranceDefined;
        private Attestation metricToKpiMapping;
        private ExplainabilityLevel explainabilityLevel;
        private Attestation explainabilityAgreed;
        private ProjectType projectType;
        private Attestation costBenefitModel;
        private Attestation nonMlBaselineEvaluated;
        private Attestation mlJustificationDocumented;
        private Attestation dataAvailabilityAssessed;
        private Attestation explanationsReviewed;

        private Builder() {
        }

        /** Sets {@link BusinessGoal#kpisDefined()}. */
        public Builder kpisDefined(Attestation kpisDefined) {
            this.kpisDefined = kpisDefined;
            return this;
        }

        /** Sets {@link BusinessGoal#kpisDefined()} to a person's statement without a note. */
        public Builder kpisDefined(boolean holds) {
            this.kpisDefined = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#kpiBaselineMeasured()}. */
        public Builder kpiBaselineMeasured(Attestation kpiBaselineMeasured) {
            this.kpiBaselineMeasured = kpiBaselineMeasured;
            return this;
        }

        /** Sets {@link BusinessGoal#kpiBaselineMeasured()} to a person's statement without a note. */
        public Builder kpiBaselineMeasured(boolean holds) {
            this.kpiBaselineMeasured = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#errorToleranceDefined()}. */
        public Builder errorToleranceDefined(Attestation errorToleranceDefined) {
            this.errorToleranceDefined = errorToleranceDefined;
            return this;
        }

        /** Sets {@link BusinessGoal#errorToleranceDefined()} to a person's statement without a note. */
        public Builder errorToleranceDefined(boolean holds) {
            this.errorToleranceDefined = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#metricToKpiMapping()}. */
        public Builder metricToKpiMapping(Attestation metricToKpiMapping) {
            this.metricToKpiMapping = metricToKpiMapping;
            return this;
        }

        /** Sets {@link BusinessGoal#metricToKpiMapping()} to a person's statement without a note. */
        public Builder metricToKpiMapping(boolean holds) {
            this.metricToKpiMapping = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#explainabilityLevel()}. */
        public Builder explainabilityLevel(ExplainabilityLevel explainabilityLevel) {
            this.explainabilityLevel = explainabilityLevel;
            return this;
        }

        /** Sets {@link BusinessGoal#explainabilityAgreed()}. */
        public Builder explainabilityAgreed(Attestation explainabilityAgreed) {
            this.explainabilityAgreed = explainabilityAgreed;
            return this;
        }

        /** Sets {@link BusinessGoal#explainabilityAgreed()} to a person's statement without a note. */
        public Builder explainabilityAgreed(boolean holds) {
            this.explainabilityAgreed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#projectType()}. */
        public Builder projectType(ProjectType projectType) {
            this.projectType = projectType;
            return this;
        }

        /** Sets {@link BusinessGoal#costBenefitModel()}. */
        public Builder costBenefitModel(Attestation costBenefitModel) {
            this.costBenefitModel = costBenefitModel;
            return this;
        }

        /** Sets {@link BusinessGoal#costBenefitModel()} to a person's statement without a note. */
        public Builder costBenefitModel(boolean holds) {
            this.costBenefitModel = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#nonMlBaselineEvaluated()}. */
        public Builder nonMlBaselineEvaluated(Attestation nonMlBaselineEvaluated) {
            this.nonMlBaselineEvaluated = nonMlBaselineEvaluated;
            return this;
        }

        /** Sets {@link BusinessGoal#nonMlBaselineEvaluated()} to a person's statement without a note. */
        public Builder nonMlBaselineEvaluated(boolean holds) {
            this.nonMlBaselineEvaluated = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#mlJustificationDocumented()}. */
        public Builder mlJustificationDocumented(Attestation mlJustificationDocumented) {
            this.mlJustificationDocumented = mlJustificationDocumented;
            return this;
        }

        /** Sets {@link BusinessGoal#mlJustificationDocumented()} to a person's statement without a note. */
        public Builder mlJustificationDocumented(boolean holds) {
            this.mlJustificationDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#dataAvailabilityAssessed()}. */
        public Builder dataAvailabilityAssessed(Attestation dataAvailabilityAssessed) {
            this.dataAvailabilityAssessed = dataAvailabilityAssessed;
            return this;
        }

        /** Sets {@link BusinessGoal#dataAvailabilityAssessed()} to a person's statement without a note. */
        public Builder dataAvailabilityAssessed(boolean holds) {
            this.dataAvailabilityAssessed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link BusinessGoal#explanationsReviewed()}. */
        public Builder explanationsReviewed(Attestation explanationsReviewed) {
            this.explanationsReviewed = explanationsReviewed;
            return this;
        }

        /** Sets {@link BusinessGoal#explanationsReviewed()} to a person's statement without a note. */
        public Builder explanationsReviewed(boolean holds) {
            this.explanationsReviewed = Attestation.of(holds);
            return this;
        }

        /** Builds the business goal; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public BusinessGoal build() {
            return Validation.checked(new BusinessGoal(kpisDefined, kpiBaselineMeasured, errorToleranceDefined, metricToKpiMapping, explainabilityLevel, explainabilityAgreed, projectType, costBenefitModel, nonMlBaselineEvaluated, mlJustificationDocumented, dataAvailabilityAssessed, explanationsReviewed));
        }
    }
}
