package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Scaling policy of an endpoint.")
public record AutoScaling(
        @Fact("A target-tracking or step scaling policy is attached.") Boolean enabled,
        @Fact(value = "Lower bound of instances.", min = 0) Integer minInstances,
        @Fact(value = "Upper bound of instances.", min = 0) Integer maxInstances,
        @Fact("The scaling policy was exercised by a load test.") Boolean loadTested,
        @Fact("The metric the scaling policy tracks.") ScalingMetric targetMetric,
        @Fact("The policy also removes capacity when load falls (scale-in is not disabled).") Boolean scaleIn,
        @Fact("Cool-down periods between scaling actions were chosen for the endpoint's traffic, so capacity does not oscillate.") Boolean cooldownsTuned) {

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A scaling policy about which nothing is stated. */
    public static AutoScaling unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this scaling policy's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        b.minInstances = minInstances;
        b.maxInstances = maxInstances;
        b.loadTested = loadTested;
        b.targetMetric = targetMetric;
        b.scaleIn = scaleIn;
        b.cooldownsTuned = cooldownsTuned;
        return b;
    }

    /** Builds a {@link AutoScaling}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Boolean enabled;
        private Integer minInstances;
        private Integer maxInstances;
        private Boolean loadTested;
        private ScalingMetric targetMetric;
        private Boolean scaleIn;
        private Boolean cooldownsTuned;

        private Builder() {
        }

        /** Sets {@link AutoScaling#enabled()}. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Sets {@link AutoScaling#minInstances()}. */
        public Builder minInstances(Integer minInstances) {
            this.minInstances = minInstances;
            return this;
        }

        /** Sets {@link AutoScaling#maxInstances()}. */
        public Builder maxInstances(Integer maxInstances) {
            this.maxInstances = maxInstances;
            return this;
        }

        /** Sets {@link AutoScaling#loadTested()}. */
        public Builder loadTested(Boolean loadTested) {
            this.loadTested = loadTested;
            return this;
        }

        /** Sets {@link AutoScaling#targetMetric()}. */
        public Builder targetMetric(ScalingMetric targetMetric) {
            this.targetMetric = targetMetric;
            return this;
        }

        /** Sets {@link AutoScaling#scaleIn()}. */
        public Builder scaleIn(Boolean scaleIn) {
            this.scaleIn = scaleIn;
            return this;
        }

        /** Sets {@link AutoScaling#cooldownsTuned()}. */
        public Builder cooldownsTuned(Boolean cooldownsTuned) {
            this.cooldownsTuned = cooldownsTuned;
            return this;
        }

        /** Builds the scaling policy; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public AutoScaling build() {
            return Validation.checked(new AutoScaling(enabled, minInstances, maxInstances, loadTested, targetMetric, scaleIn, cooldownsTuned));
        }
    }
}
