package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("The feature repository shared by training and inference.")
public record FeatureStore(
        @Fact("A feature store is in use.") Boolean enabled,
        @Fact("Which stores are used.") FeatureStoreMode mode,
        @Fact("Feature definitions and values are versioned with point-in-time retrieval.") Boolean versioned,
        @Fact("Features are shared and reused across teams.") Boolean sharedAcrossTeams,
        @Fact("Training and inference get features from the same definitions and code.") Boolean singleTransformationPath) {

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A feature store about which nothing is stated. */
    public static FeatureStore unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this feature store's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        b.mode = mode;
        b.versioned = versioned;
        b.sharedAcrossTeams = sharedAcrossTeams;
        b.singleTransformationPath = singleTransformationPath;
        return b;
    }

    /** Builds a {@link FeatureStore}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Boolean enabled;
        private FeatureStoreMode mode;
        private Boolean versioned;
        private Boolean sharedAcrossTeams;
        private Boolean singleTransformationPath;

        private Builder() {
        }

        /** Sets {@link FeatureStore#enabled()}. */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Sets {@link FeatureStore#mode()}. */
        public Builder mode(FeatureStoreMode mode) {
            this.mode = mode;
            return this;
        }

        /** Sets {@link FeatureStore#versioned()}. */
        public Builder versioned(Boolean versioned) {
            this.versioned = versioned;
            return this;
        }

        /** Sets {@link FeatureStore#sharedAcrossTeams()}. */
        public Builder sharedAcrossTeams(Boolean sharedAcrossTeams) {
            this.sharedAcrossTeams = sharedAcrossTeams;
            return this;
        }

        /** Sets {@link FeatureStore#singleTransformationPath()}. */
        public Builder singleTransformationPath(Boolean singleTransformationPath) {
            this.singleTransformationPath = singleTransformationPath;
            return this;
        }

        /** Builds the feature store; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public FeatureStore build() {
            return Validation.checked(new FeatureStore(enabled, mode, versioned, sharedAcrossTeams, singleTransformationPath));
        }
    }
}
