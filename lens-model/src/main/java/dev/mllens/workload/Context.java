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
@Fact("What the workload is and the conditions it runs under. Mostly stated by its owners.")
public record Context(
        @Fact("Industry or business domain.") String industry,
        @Fact("Whether the workload falls under sector regulation (finance, health, ...).") Boolean regulated,
        @Fact("How much harm a failure does.") Criticality criticality,
        @Fact("Whether predictions affect decisions about people.") Boolean affectsIndividuals,
        @Fact("Whether the workload uses generative AI or foundation models.") Boolean generativeAi,
        @Fact("The kind of ML problem.") ProblemType problemType,
        @Fact("How predictions are served; BATCH means no hosted endpoint.") InferenceMode inferenceMode,
        @Fact("Where the model runs.") DeploymentTarget deploymentTarget,
        @Fact("How ML functionality is decomposed.") ArchitectureStyle architectureStyle,
        @Fact("Domain boundaries and service interfaces of the ML components are documented.") Attestation serviceBoundariesDocumented,
        @Fact("How far the ML profile (traffic, latency, cold start, current and target state) is documented.") ProfileState profile,
        @Fact("Shape of the inference traffic.") TrafficPattern trafficPattern,
        @Fact("Latency consumers need.") LatencyRequirement latencyRequirement,
        @Fact(value = "Acceptable cold-start latency in milliseconds.", min = 0) Integer coldStartToleranceMs,
        @Fact("Regions where compute runs.") List<String> computeRegions,
        @Fact("Why those Regions were chosen.") Set<RegionCriterion> regionSelectionCriteria,
        @Fact("Managed AI services and pretrained models were compared with building a custom model.") Attestation buildVsBuyEvaluated,
        @Fact("Cloud versus edge placement was decided and documented.") Attestation placementDecisionDocumented,
        @Fact("Edge devices and their models are managed as a fleet.") Boolean edgeFleetManaged,
        @Fact("Service levels were reviewed to trade unneeded latency or availability for lower footprint.") Attestation slaReviewedForSustainability,
        @Fact("Whether the workload collects and prepares data of its own (training, fine-tuning, features); false when it only calls a managed AI service or foundation model API.") Boolean ownDataProcessing,
        @Fact("Models on edge devices are encrypted or signed, and devices authenticate before they receive or run them.") Boolean edgeModelsProtected,
        @Fact("The compute, memory, storage and power limits of the target edge devices were evaluated before models were deployed to them.") Attestation edgeHardwareConstraintsEvaluated) {

    /** Makes collections immutable. */
    public Context {
        computeRegions = computeRegions == null ? null : Validation.list("computeRegions", computeRegions);
        regionSelectionCriteria = regionSelectionCriteria == null ? null : Collections.unmodifiableSet(Validation.enumSet(RegionCriterion.class, "regionSelectionCriteria", regionSelectionCriteria));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A context about which nothing is stated. */
    public static Context unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this context's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.industry = industry;
        b.regulated = regulated;
        b.criticality = criticality;
        b.affectsIndividuals = affectsIndividuals;
        b.generativeAi = generativeAi;
        b.problemType = problemType;
        b.inferenceMode = inferenceMode;
        b.deploymentTarget = deploymentTarget;
        b.architectureStyle = architectureStyle;
        b.serviceBoundariesDocumented = serviceBoundariesDocumented;
        b.profile = profile;
        b.trafficPattern = trafficPattern;
        b.latencyRequirement = latencyRequirement;
        b.coldStartToleranceMs = coldStartToleranceMs;
        b.computeRegions = computeRegions;
        b.regionSelectionCriteria = regionSelectionCriteria;
        b.buildVsBuyEvaluated = buildVsBuyEvaluated;
        b.placementDecisionDocumented = placementDecisionDocumented;
        b.edgeFleetManaged = edgeFleetManaged;
        b.slaReviewedForSustainability = slaReviewedForSustainability;
        b.ownDataProcessing = ownDataProcessing;
        b.edgeModelsProtected = edgeModelsProtected;
        b.edgeHardwareConstraintsEvaluated = edgeHardwareConstraintsEvaluated;
        return b;
    }

    /** Builds a {@link Context}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private String industry;
        private Boolean regulated;
        private Criticality criticality;
        private Boolean affectsIndividuals;
        private Boolean generativeAi;
        private ProblemType problemType;
        private InferenceMode inferenceMode;
        private DeploymentTarget deploymentTarget;
        private ArchitectureStyle architectureStyle;
        private Attestation serviceBoundariesDocumented;
        private ProfileState profile;
        private TrafficPattern trafficPattern;
        private LatencyRequirement latencyRequirement;
        private Integer coldStartToleranceMs;
        private List<String> computeRegions;
        private Set<RegionCriterion> regionSelectionCriteria;
        private Attestation buildVsBuyEvaluated;
        private Attestation placementDecisionDocumented;
        private Boolean edgeFleetManaged;
        private Attestation slaReviewedForSustainability;
        private Boolean ownDataProcessing;
        private Boolean edgeModelsProtected;
        private Attestation edgeHardwareConstraintsEvaluated;

        private Builder() {
        }

        /** Sets {@link Context#industry()}. */
        public Builder industry(String industry) {
            this.industry = industry;
            return this;
        }

        /** Sets {@link Context#regulated()}. */
        public Builder regulated(Boolean regulated) {
            this.regulated = regulated;
            return this;
        }

        /** Sets {@link Context#criticality()}. */
        public Builder criticality(Criticality criticality) {
            this.criticality = criticality;
            return this;
        }

        /** Sets {@link Context#affectsIndividuals()}. */
        public Builder affectsIndividuals(Boolean affectsIndividuals) {
            this.affectsIndividuals = affectsIndividuals;
            return this;
        }

        /** Sets {@link Context#generativeAi()}. */
        public Builder generativeAi(Boolean generativeAi) {
            this.generativeAi = generativeAi;
            return this;
        }

        /** Sets {@link Context#problemType()}. */
        public Builder problemType(ProblemType problemType) {
            this.problemType = problemType;
            return this;
        }

        /** Sets {@link Context#inferenceMode()}. */
        public Builder inferenceMode(InferenceMode inferenceMode) {
            this.inferenceMode = inferenceMode;
            return this;
        }

        /** Sets {@link Context#deploymentTarget()}. */
        public Builder deploymentTarget(DeploymentTarget deploymentTarget) {
            this.deploymentTarget = deploymentTarget;
            return this;
        }

        /** Sets {@link Context#architectureStyle()}. */
        public Builder architectureStyle(ArchitectureStyle architectureStyle) {
            this.architectureStyle = architectureStyle;
            return this;
        }

        /** Sets {@link Context#serviceBoundariesDocumented()}. */
        public Builder serviceBoundariesDocumented(Attestation serviceBoundariesDocumented) {
            this.serviceBoundariesDocumented = serviceBoundariesDocumented;
            return this;
        }

        /** Sets {@link Context#serviceBoundariesDocumented()} to a person's statement without a note. */
        public Builder serviceBoundariesDocumented(boolean holds) {
            this.serviceBoundariesDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Context#profile()}. */
        public Builder profile(ProfileState profile) {
            this.profile = profile;
            return this;
        }

        /** Sets {@link Context#trafficPattern()}. */
        public Builder trafficPattern(TrafficPattern trafficPattern) {
            this.trafficPattern = trafficPattern;
            return this;
        }

        /** Sets {@link Context#latencyRequirement()}. */
        public Builder latencyRequirement(LatencyRequirement latencyRequirement) {
            this.latencyRequirement = latencyRequirement;
            return this;
        }

        /** Sets {@link Context#coldStartToleranceMs()}. */
        public Builder coldStartToleranceMs(Integer coldStartToleranceMs) {
            this.coldStartToleranceMs = coldStartToleranceMs;
            return this;
        }

        /** Sets {@link Context#computeRegions()}. */
        public Builder computeRegions(List<String> computeRegions) {
            this.computeRegions = computeRegions;
            return this;
        }

        /** Sets {@link Context#computeRegions()}. */
        public Builder computeRegions(String... values) {
            this.computeRegions = List.of(values);
            return this;
        }

        /** Sets {@link Context#regionSelectionCriteria()}. */
        public Builder regionSelectionCriteria(Set<RegionCriterion> regionSelectionCriteria) {
            this.regionSelectionCriteria = regionSelectionCriteria;
            return this;
        }

        /** Sets {@link Context#regionSelectionCriteria()}. */
        public Builder regionSelectionCriteria(RegionCriterion... values) {
            this.regionSelectionCriteria = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Context#buildVsBuyEvaluated()}. */
        public Builder buildVsBuyEvaluated(Attestation buildVsBuyEvaluated) {
            this.buildVsBuyEvaluated = buildVsBuyEvaluated;
            return this;
        }

        /** Sets {@link Context#buildVsBuyEvaluated()} to a person's statement without a note. */
        public Builder buildVsBuyEvaluated(boolean holds) {
            this.buildVsBuyEvaluated = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Context#placementDecisionDocumented()}. */
        public Builder placementDecisionDocumented(Attestation placementDecisionDocumented) {
            this.placementDecisionDocumented = placementDecisionDocumented;
            return this;
        }

        /** Sets {@link Context#placementDecisionDocumented()} to a person's statement without a note. */
        public Builder placementDecisionDocumented(boolean holds) {
            this.placementDecisionDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Context#edgeFleetManaged()}. */
        public Builder edgeFleetManaged(Boolean edgeFleetManaged) {
            this.edgeFleetManaged = edgeFleetManaged;
            return this;
        }

        /** Sets {@link Context#slaReviewedForSustainability()}. */
        public Builder slaReviewedForSustainability(Attestation slaReviewedForSustainability) {
            this.slaReviewedForSustainability = slaReviewedForSustainability;
            return this;
        }

        /** Sets {@link Context#slaReviewedForSustainability()} to a person's statement without a note. */
        public Builder slaReviewedForSustainability(boolean holds) {
            this.slaReviewedForSustainability = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Context#ownDataProcessing()}. */
        public Builder ownDataProcessing(Boolean ownDataProcessing) {
            this.ownDataProcessing = ownDataProcessing;
            return this;
        }

        /** Sets {@link Context#edgeModelsProtected()}. */
        public Builder edgeModelsProtected(Boolean edgeModelsProtected) {
            this.edgeModelsProtected = edgeModelsProtected;
            return this;
        }

        /** Sets {@link Context#edgeHardwareConstraintsEvaluated()}. */
        public Builder edgeHardwareConstraintsEvaluated(Attestation edgeHardwareConstraintsEvaluated) {
            this.edgeHardwareConstraintsEvaluated = edgeHardwareConstraintsEvaluated;
            return this;
        }

        /** Builds the context; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Context build() {
            return Validation.checked(new Context(industry, regulated, criticality, affectsIndividuals, generativeAi, problemType, inferenceMode, deploymentTarget, architectureStyle, serviceBoundariesDocumented, profile, trafficPattern, latencyRequirement, coldStartToleranceMs, computeRegions, regionSelectionCriteria, buildVsBuyEvaluated, placementDecisionDocumented, edgeFleetManaged, slaReviewedForSustainability, ownDataProcessing, edgeModelsProtected, edgeHardwareConstraintsEvaluated));
        }
    }
}
