package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Sustainability goals and measurement for the workload.")
public record Sustainability(
        @Fact("Sustainability goals for the ML workload are set.") Attestation goalsDefined,
        @Fact("The carbon footprint of the workload is measured.") Attestation footprintMeasured,
        @Fact("The net environmental benefit of the ML use case was assessed.") Attestation netImpactAssessed,
        @Fact("A unit of work (per prediction, per training) is defined for efficiency.") Attestation unitOfWorkDefined,
        @Fact("Resources per unit of work are tracked over time.") Boolean efficiencyRatioTracked,
        @Fact("Targets to improve the efficiency ratio are set.") Attestation improvementTargets,
        @Fact("Energy efficiency is part of model performance criteria.") Attestation efficiencyInPerformanceCriteria,
        @Fact("Hardware options were compared on performance per watt.") Attestation perfPerWattCompared) {

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A sustainability about which nothing is stated. */
    public static Sustainability unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this sustainability's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.goalsDefined = goalsDefined;
        b.footprintMeasured = footprintMeasured;
        b.netImpactAssessed = netImpactAssessed;
        b.unitOfWorkDefined = unitOfWorkDefined;
        b.efficiencyRatioTracked = efficiencyRatioTracked;
        b.improvementTargets = improvementTargets;
        b.efficiencyInPerformanceCriteria = efficiencyInPerformanceCriteria;
        b.perfPerWattCompared = perfPerWattCompared;
        return b;
    }

    /** Builds a {@link Sustainability}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Attestation goalsDefined;
        private Attestation footprintMeasured;
        private Attestation netImpactAssessed;
        private Attestation unitOfWorkDefined;
        private Boolean efficiencyRatioTracked;
        private Attestation improvementTargets;
        private Attestation efficiencyInPerformanceCriteria;
        private Attestation perfPerWattCompared;

        private Builder() {
        }

        /** Sets {@link Sustainability#goalsDefined()}. */
        public Builder goalsDefined(Attestation goalsDefined) {
            this.goalsDefined = goalsDefined;
            return this;
        }

        /** Sets {@link Sustainability#goalsDefined()} to a person's statement without a note. */
        public Builder goalsDefined(boolean holds) {
            this.goalsDefined = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#footprintMeasured()}. */
        public Builder footprintMeasured(Attestation footprintMeasured) {
            this.footprintMeasured = footprintMeasured;
            return this;
        }

        /** Sets {@link Sustainability#footprintMeasured()} to a person's statement without a note. */
        public Builder footprintMeasured(boolean holds) {
            this.footprintMeasured = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#netImpactAssessed()}. */
        public Builder netImpactAssessed(Attestation netImpactAssessed) {
            this.netImpactAssessed = netImpactAssessed;
            return this;
        }

        /** Sets {@link Sustainability#netImpactAssessed()} to a person's statement without a note. */
        public Builder netImpactAssessed(boolean holds) {
            this.netImpactAssessed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#unitOfWorkDefined()}. */
        public Builder unitOfWorkDefined(Attestation unitOfWorkDefined) {
            this.unitOfWorkDefined = unitOfWorkDefined;
            return this;
        }

        /** Sets {@link Sustainability#unitOfWorkDefined()} to a person's statement without a note. */
        public Builder unitOfWorkDefined(boolean holds) {
            this.unitOfWorkDefined = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#efficiencyRatioTracked()}. */
        public Builder efficiencyRatioTracked(Boolean efficiencyRatioTracked) {
            this.efficiencyRatioTracked = efficiencyRatioTracked;
            return this;
        }

        /** Sets {@link Sustainability#improvementTargets()}. */
        public Builder improvementTargets(Attestation improvementTargets) {
            this.improvementTargets = improvementTargets;
            return this;
        }

        /** Sets {@link Sustainability#improvementTargets()} to a person's statement without a note. */
        public Builder improvementTargets(boolean holds) {
            this.improvementTargets = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#efficiencyInPerformanceCriteria()}. */
        public Builder efficiencyInPerformanceCriteria(Attestation efficiencyInPerformanceCriteria) {
            this.efficiencyInPerformanceCriteria = efficiencyInPerformanceCriteria;
            return this;
        }

        /** Sets {@link Sustainability#efficiencyInPerformanceCriteria()} to a person's statement without a note. */
        public Builder efficiencyInPerformanceCriteria(boolean holds) {
            this.efficiencyInPerformanceCriteria = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Sustainability#perfPerWattCompared()}. */
        public Builder perfPerWattCompared(Attestation perfPerWattCompared) {
            this.perfPerWattCompared = perfPerWattCompared;
            return this;
        }

        /** Sets {@link Sustainability#perfPerWattCompared()} to a person's statement without a note. */
        public Builder perfPerWattCompared(boolean holds) {
            this.perfPerWattCompared = Attestation.of(holds);
            return this;
        }

        /** Builds the sustainability; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Sustainability build() {
            return Validation.checked(new Sustainability(goalsDefined, footprintMeasured, netImpactAssessed, unitOfWorkDefined, efficiencyRatioTracked, improvementTargets, efficiencyInPerformanceCriteria, perfPerWattCompared));
        }
    }
}
