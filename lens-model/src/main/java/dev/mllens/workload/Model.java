package dev.mllens.workload;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("One trained or acquired model.")
public record Model(
        @Fact(value = "Unique id within the workload.", required = true) String id,
        @Fact("Human-readable name.") String name,
        @Fact("Named person or team accountable for the model in production.") String owner,
        @Fact("Where the model comes from.") ModelSource source,
        @Fact("Datasets the model was trained on (dataset ids).") List<String> trainingDatasetIds,
        @Fact("Versions and approval status are kept in a model registry.") Boolean registered,
        @Fact("Model artifacts are stored versioned or immutable, and backed up.") Boolean artifactStoreVersioned,
        @Fact("Model artifacts are encrypted at rest.") Boolean artifactEncryption,
        @Fact("A model card documents purpose, data, metrics and limits.") Boolean modelCard,
        @Fact("The registry entry links to the exact data versions and code commit.") Boolean traceableToData,
        @Fact("Licence and privacy terms of third-party or pretrained models were reviewed.") Attestation licenseReviewed,
        @Fact("A pretrained model was validated for this use case.") Attestation pretrainedFitValidated,
        @Fact("How predictions are explained.") ExplainabilityMethod explainabilityMethod,
        @Fact("Post-training bias metrics were computed.") Boolean biasEvaluated,
        @Fact("Detected bias was mitigated.") Attestation biasMitigationApplied,
        @Fact("Cross-validation or an equivalent was used in model selection.") Boolean crossValidation,
        @Fact("Errors were analysed per segment and edge case, not only in aggregate.") Attestation segmentEvaluation,
        @Fact("Written criteria show the validation data represents production.") Attestation validationDataRepresentative,
        @Fact("Metrics the model is evaluated on.") List<String> evaluationMetrics,
        @Fact("Numeric acceptance thresholds gate the model.") Boolean acceptanceThresholdsDefined,
        @Fact("Latency, size and cost were evaluated as well as accuracy.") Boolean operationalMetricsEvaluated,
        @Fact("Why this model was chosen is documented: the trade-offs accepted between accuracy and complexity, latency, cost, explainability and fairness.") Attestation tradeoffAnalysisDocumented,
        @Fact("Robustness to perturbed or adversarial inputs was tested.") Attestation robustnessTested,
        @Fact("Optimizations applied to the artifact.") Set<ModelOptimization> optimizations,
        @Fact("Input preprocessing (normalization, tokenization, features) was checked against what the pretrained base model expects and is the same in training and inference.") Attestation preprocessingMatchesPretrained,
        @Fact("Explanations of the model's predictions reach their audiences (analysts, business users, affected people) in a form they can read, such as reason codes or a visual.") Boolean explanationInterface,
        @Fact("Measures built into the model against adversarial inputs (ensembles, adversarial training, diverse features); empty means none.") Set<RobustnessMeasure> robustnessMeasures,
        @Fact("Safeguards against the model memorising and revealing individual training records (differential privacy, sensitive values scrubbed from the training data, memorisation tested); empty means none.") Set<PrivacySafeguard> privacySafeguards,
        @Fact("A performance level is set beyond which more training or tuning is not pursued, where further gains stop paying for the resources they take.") Boolean sufficientAccuracyDefined,
        @Fact("The trade-off between the model's accuracy and the compute, energy or size it takes is documented with its rationale.") Attestation efficiencyTradeoffDocumented) {

    /** Makes collections immutable. */
    public Model {
        trainingDatasetIds = trainingDatasetIds == null ? null : Validation.list("trainingDatasetIds", trainingDatasetIds);
        evaluationMetrics = evaluationMetrics == null ? null : Validation.list("evaluationMetrics", evaluationMetrics);
        optimizations = optimizations == null ? null : Collections.unmodifiableSet(Validation.enumSet(ModelOptimization.class, "optimizations", optimizations));
        robustnessMeasures = robustnessMeasures == null ? null : Collections.unmodifiableSet(Validation.enumSet(RobustnessMeasure.class, "robustnessMeasures", robustnessMeasures));
        privacySafeguards = privacySafeguards == null ? null : Collections.unmodifiableSet(Validation.enumSet(PrivacySafeguard.class, "privacySafeguards", privacySafeguards));
    }

    /** Starts a builder for the model with this id. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** Returns a builder holding this model's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.owner = owner;
        b.source = source;
        b.trainingDatasetIds = trainingDatasetIds;
        b.registered = registered;
        b.artifactStoreVersioned = artifactStoreVersioned;
        b.artifactEncryption = artifactEncryption;
        b.modelCard = modelCard;
        b.traceableToData = traceableToData;
        b.licenseReviewed = licenseReviewed;
        b.pretrainedFitValidated = pretrainedFitValidated;
        b.explainabilityMethod = explainabilityMethod;
        b.biasEvaluated = biasEvaluated;
        b.biasMitigationApplied = biasMitigationApplied;
        b.crossValidation = crossValidation;
        b.segmentEvaluation = segmentEvaluation;
        b.validationDataRepresentative = validationDataRepresentative;
        b.evaluationMetrics = evaluationMetrics;
        b.acceptanceThresholdsDefined = acceptanceThresholdsDefined;
        b.operationalMetricsEvaluated = operationalMetricsEvaluated;
        b.tradeoffAnalysisDocumented = tradeoffAnalysisDocumented;
        b.robustnessTested = robustnessTested;
        b.optimizations = optimizations;
        b.preprocessingMatchesPretrained = preprocessingMatchesPretrained;
        b.explanationInterface = explanationInterface;
        b.robustnessMeasures = robustnessMeasures;
        b.privacySafeguards = privacySafeguards;
        b.sufficientAccuracyDefined = sufficientAccuracyDefined;
        b.efficiencyTradeoffDocumented = efficiencyTradeoffDocumented;
        return b;
    }

    /** Builds a {@link Model}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private String id;
        private String name;
        private String owner;
        private ModelSource source;
        private List<String> trainingDatasetIds;
        private Boolean registered;
        private Boolean artifactStoreVersioned;
        private Boolean artifactEncryption;
        private Boolean modelCard;
        private Boolean traceableToData;
        private Attestation licenseReviewed;
        private Attestation pretrainedFitValidated;
        private ExplainabilityMethod explainabilityMethod;
        private Boolean biasEvaluated;
        private Attestation biasMitigationApplied;
        private Boolean crossValidation;
        private Attestation segmentEvaluation;
        private Attestation validationDataRepresentative;
        private List<String> evaluationMetrics;
        private Boolean acceptanceThresholdsDefined;
        private Boolean operationalMetricsEvaluated;
        private Attestation tradeoffAnalysisDocumented;
        private Attestation robustnessTested;
        private Set<ModelOptimization> optimizations;
        private Attestation preprocessingMatchesPretrained;
        private Boolean explanationInterface;
        private Set<RobustnessMeasure> robustnessMeasures;
        private Set<PrivacySafeguard> privacySafeguards;
        private Boolean sufficientAccuracyDefined;
        private Attestation efficiencyTradeoffDocumented;

        private Builder() {
        }

        /** Sets {@link Model#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Model#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Model#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link Model#source()}. */
        public Builder source(ModelSource source) {
            this.source = source;
            return this;
        }

        /** Sets {@link Model#trainingDatasetIds()}. */
        public Builder trainingDatasetIds(List<String> trainingDatasetIds) {
            this.trainingDatasetIds = trainingDatasetIds;
            return this;
        }

        /** Sets {@link Model#trainingDatasetIds()}. */
        public Builder trainingDatasetIds(String... values) {
            this.trainingDatasetIds = List.of(values);
            return this;
        }

        /** Sets {@link Model#registered()}. */
        public Builder registered(Boolean registered) {
            this.registered = registered;
            return this;
        }

        /** Sets {@link Model#artifactStoreVersioned()}. */
        public Builder artifactStoreVersioned(Boolean artifactStoreVersioned) {
            this.artifactStoreVersioned = artifactStoreVersioned;
            return this;
        }

        /** Sets {@link Model#artifactEncryption()}. */
        public Builder artifactEncryption(Boolean artifactEncryption) {
            this.artifactEncryption = artifactEncryption;
            return this;
        }

        /** Sets {@link Model#modelCard()}. */
        public Builder modelCard(Boolean modelCard) {
            this.modelCard = modelCard;
            return this;
        }

        /** Sets {@link Model#traceableToData()}. */
        public Builder traceableToData(Boolean traceableToData) {
            this.traceableToData = traceableToData;
            return this;
        }

        /** Sets {@link Model#licenseReviewed()}. */
        public Builder licenseReviewed(Attestation licenseReviewed) {
            this.licenseReviewed = licenseReviewed;
            return this;
        }

        /** Sets {@link Model#licenseReviewed()} to a person's statement without a note. */
        public Builder licenseReviewed(boolean holds) {
            this.licenseReviewed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#pretrainedFitValidated()}. */
        public Builder pretrainedFitValidated(Attestation pretrainedFitValidated) {
            this.pretrainedFitValidated = pretrainedFitValidated;
            return this;
        }

        /** Sets {@link Model#pretrainedFitValidated()} to a person's statement without a note. */
        public Builder pretrainedFitValidated(boolean holds) {
            this.pretrainedFitValidated = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#explainabilityMethod()}. */
        public Builder explainabilityMethod(ExplainabilityMethod explainabilityMethod) {
            this.explainabilityMethod = explainabilityMethod;
            return this;
        }

        /** Sets {@link Model#biasEvaluated()}. */
        public Builder biasEvaluated(Boolean biasEvaluated) {
            this.biasEvaluated = biasEvaluated;
            return this;
        }

        /** Sets {@link Model#biasMitigationApplied()}. */
        public Builder biasMitigationApplied(Attestation biasMitigationApplied) {
            this.biasMitigationApplied = biasMitigationApplied;
            return this;
        }

        /** Sets {@link Model#biasMitigationApplied()} to a person's statement without a note. */
        public Builder biasMitigationApplied(boolean holds) {
            this.biasMitigationApplied = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#crossValidation()}. */
        public Builder crossValidation(Boolean crossValidation) {
            this.crossValidation = crossValidation;
            return this;
        }

        /** Sets {@link Model#segmentEvaluation()}. */
        public Builder segmentEvaluation(Attestation segmentEvaluation) {
            this.segmentEvaluation = segmentEvaluation;
            return this;
        }

        /** Sets {@link Model#segmentEvaluation()} to a person's statement without a note. */
        public Builder segmentEvaluation(boolean holds) {
            this.segmentEvaluation = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#validationDataRepresentative()}. */
        public Builder validationDataRepresentative(Attestation validationDataRepresentative) {
            this.validationDataRepresentative = validationDataRepresentative;
            return this;
        }

        /** Sets {@link Model#validationDataRepresentative()} to a person's statement without a note. */
        public Builder validationDataRepresentative(boolean holds) {
            this.validationDataRepresentative = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#evaluationMetrics()}. */
        public Builder evaluationMetrics(List<String> evaluationMetrics) {
            this.evaluationMetrics = evaluationMetrics;
            return this;
        }

        /** Sets {@link Model#evaluationMetrics()}. */
        public Builder evaluationMetrics(String... values) {
            this.evaluationMetrics = List.of(values);
            return this;
        }

        /** Sets {@link Model#acceptanceThresholdsDefined()}. */
        public Builder acceptanceThresholdsDefined(Boolean acceptanceThresholdsDefined) {
            this.acceptanceThresholdsDefined = acceptanceThresholdsDefined;
            return this;
        }

        /** Sets {@link Model#operationalMetricsEvaluated()}. */
        public Builder operationalMetricsEvaluated(Boolean operationalMetricsEvaluated) {
            this.operationalMetricsEvaluated = operationalMetricsEvaluated;
            return this;
        }

        /** Sets {@link Model#tradeoffAnalysisDocumented()}. */
        public Builder tradeoffAnalysisDocumented(Attestation tradeoffAnalysisDocumented) {
            this.tradeoffAnalysisDocumented = tradeoffAnalysisDocumented;
            return this;
        }

        /** Sets {@link Model#tradeoffAnalysisDocumented()} to a person's statement without a note. */
        public Builder tradeoffAnalysisDocumented(boolean holds) {
            this.tradeoffAnalysisDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#robustnessTested()}. */
        public Builder robustnessTested(Attestation robustnessTested) {
            this.robustnessTested = robustnessTested;
            return this;
        }

        /** Sets {@link Model#robustnessTested()} to a person's statement without a note. */
        public Builder robustnessTested(boolean holds) {
            this.robustnessTested = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#optimizations()}. */
        public Builder optimizations(Set<ModelOptimization> optimizations) {
            this.optimizations = optimizations;
            return this;
        }

        /** Sets {@link Model#optimizations()}. */
        public Builder optimizations(ModelOptimization... values) {
            this.optimizations = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Model#preprocessingMatchesPretrained()}. */
        public Builder preprocessingMatchesPretrained(Attestation preprocessingMatchesPretrained) {
            this.preprocessingMatchesPretrained = preprocessingMatchesPretrained;
            return this;
        }

        /** Sets {@link Model#preprocessingMatchesPretrained()} to a person's statement without a note. */
        public Builder preprocessingMatchesPretrained(boolean holds) {
            this.preprocessingMatchesPretrained = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Model#explanationInterface()}. */
        public Builder explanationInterface(Boolean explanationInterface) {
            this.explanationInterface = explanationInterface;
            return this;
        }

        /** Sets {@link Model#robustnessMeasures()}. */
        public Builder robustnessMeasures(Set<RobustnessMeasure> robustnessMeasures) {
            this.robustnessMeasures = robustnessMeasures;
            return this;
        }

        /** Sets {@link Model#robustnessMeasures()}. */
        public Builder robustnessMeasures(RobustnessMeasure... values) {
            this.robustnessMeasures = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Model#privacySafeguards()}. */
        public Builder privacySafeguards(Set<PrivacySafeguard> privacySafeguards) {
            this.privacySafeguards = privacySafeguards;
            return this;
        }

        /** Sets {@link Model#privacySafeguards()}. */
        public Builder privacySafeguards(PrivacySafeguard... values) {
            this.privacySafeguards = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Model#sufficientAccuracyDefined()}. */
        public Builder sufficientAccuracyDefined(Boolean sufficientAccuracyDefined) {
            this.sufficientAccuracyDefined = sufficientAccuracyDefined;
            return this;
        }

        /** Sets {@link Model#efficiencyTradeoffDocumented()}. */
        public Builder efficiencyTradeoffDocumented(Attestation efficiencyTradeoffDocumented) {
            this.efficiencyTradeoffDocumented = efficiencyTradeoffDocumented;
            return this;
        }

        /** Sets {@link Model#efficiencyTradeoffDocumented()} to a person's statement without a note. */
        public Builder efficiencyTradeoffDocumented(boolean holds) {
            this.efficiencyTradeoffDocumented = Attestation.of(holds);
            return this;
        }

        /** Builds the model; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Model build() {
            return Validation.checked(new Model(id, name, owner, source, trainingDatasetIds, registered, artifactStoreVersioned, artifactEncryption, modelCard, traceableToData, licenseReviewed, pretrainedFitValidated, explainabilityMethod, biasEvaluated, biasMitigationApplied, crossValidation, segmentEvaluation, validationDataRepresentative, evaluationMetrics, acceptanceThresholdsDefined, operationalMetricsEvaluated, tradeoffAnalysisDocumented, robustnessTested, optimizations, preprocessingMatchesPretrained, explanationInterface, robustnessMeasures, privacySafeguards, sufficientAccuracyDefined, efficiencyTradeoffDocumented));
        }
    }
}
