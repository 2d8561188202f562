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
@Fact("How models are trained, tuned and tracked (across recent training jobs).")
public record Training(
        @Fact("Where training runs.") TrainingPlatform platform,
        @Fact("Runs, parameters and metrics are tracked in an experiment tracker.") Boolean experimentTracking,
        @Fact("A simple baseline model was trained and recorded first.") Attestation baselineModel,
        @Fact("Improvement levers that were tried.") Set<ImprovementLever> alternativesExplored,
        @Fact("What was benchmarked before choosing.") Set<BenchmarkDimension> benchmarked,
        @Fact("Hyperparameter search strategy.") HpoMethod hpoMethod,
        @Fact(value = "Concurrent tuning jobs.", min = 0) Integer hpoParallelJobs,
        @Fact("Tuning warm-starts from earlier results.") Boolean hpoWarmStart,
        @Fact("Training and tuning stop early when they stop improving.") Boolean earlyStopping,
        @Fact("Long jobs write checkpoints and can resume.") Boolean checkpointing,
        @Fact("Training uses spare (spot) capacity.") Boolean spotCapacity,
        @Fact("How training is spread over nodes.") DistributionStrategy distributionStrategy,
        @Fact(value = "Typical duration of a training job in hours.", min = 0) Double durationHours,
        @Fact("Traffic between training nodes or containers is encrypted.") Boolean interNodeEncryption,
        @Fact("Training containers run in a private network or with network isolation.") Boolean networkIsolation,
        @Fact("What is collected from training jobs.") Set<TrainingSignal> observability,
        @Fact(value = "Average accelerator or CPU utilization of training jobs, 0-100.", min = 0, max = 100) Double resourceUtilizationPct,
        @Fact("Hardware family used for training.") AcceleratorFamily instanceFamily,
        @Fact("Compute used for early experiments.") ExperimentCompute experimentCompute,
        @Fact("Experiments start on a sample of the data before the full set.") Attestation sampledSubsetFirst,
        @Fact("AutoML is used to explore candidates.") Boolean autoMlUsed,
        @Fact("Training runs in pinned containers against a specific data version.") Boolean reproducibleEnvironment,
        @Fact("How a pretrained model is adapted, when it is.") FineTuningMethod fineTuningMethod,
        @Fact("How old training artifacts are cleaned up.") ArtifactRetention artifactRetention,
        @Fact("Notebook and training job logs expire after a set retention period instead of being kept forever.") Boolean logsExpire,
        @Fact("Only authenticated nodes can join the training cluster (certificates or node identities).") Boolean nodeAuthentication,
        @Fact("TLS certificates and keys used inside the training cluster rotate automatically.") Boolean clusterCredentialRotation) {

    /** Makes collections immutable. */
    public Training {
        alternativesExplored = alternativesExplored == null ? null : Collections.unmodifiableSet(Validation.enumSet(ImprovementLever.class, "alternativesExplored", alternativesExplored));
        benchmarked = benchmarked == null ? null : Collections.unmodifiableSet(Validation.enumSet(BenchmarkDimension.class, "benchmarked", benchmarked));
        observability = observability == null ? null : Collections.unmodifiableSet(Validation.enumSet(TrainingSignal.class, "observability", observability));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A training about which nothing is stated. */
    public static Training unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this training's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.platform = platform;
        b.experimentTracking = experimentTracking;
        b.baselineModel = baselineModel;
        b.alternativesExplored = alternativesExplored;
        b.benchmarked = benchmarked;
        b.hpoMethod = hpoMethod;
        b.hpoParallelJobs = hpoParallelJobs;
        b.hpoWarmStart = hpoWarmStart;
        b.earlyStopping = earlyStopping;
        b.checkpointing = checkpointing;
        b.spotCapacity = spotCapacity;
        b.distributionStrategy = distributionStrategy;
        b.durationHours = durationHours;
        b.interNodeEncryption = interNodeEncryption;
        b.networkIsolation = networkIsolation;
        b.observability = observability;
        b.resourceUtilizationPct = resourceUtilizationPct;
        b.instanceFamily = instanceFamily;
        b.experimentCompute = experimentCompute;
        b.sampledSubsetFirst = sampledSubsetFirst;
        b.autoMlUsed = autoMlUsed;
        b.reproducibleEnvironment = reproducibleEnvironment;
        b.fineTuningMethod = fineTuningMethod;
        b.artifactRetention = artifactRetention;
        b.logsExpire = logsExpire;
        b.nodeAuthentication = nodeAuthentication;
        b.clusterCredentialRotation = clusterCredentialRotation;
        return b;
    }

    /** Builds a {@link Training}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private TrainingPlatform platform;
        private Boolean experimentTracking;
        private Attestation baselineModel;
        private Set<ImprovementLever> alternativesExplored;
        private Set<BenchmarkDimension> benchmarked;
        private HpoMethod hpoMethod;
        private Integer hpoParallelJobs;
        private Boolean hpoWarmStart;
        private Boolean earlyStopping;
        private Boolean checkpointing;
        private Boolean spotCapacity;
        private DistributionStrategy distributionStrategy;
        private Double durationHours;
        private Boolean interNodeEncryption;
        private Boolean networkIsolation;
        private Set<TrainingSignal> observability;
        private Double resourceUtilizationPct;
        private AcceleratorFamily instanceFamily;
        private ExperimentCompute experimentCompute;
        private Attestation sampledSubsetFirst;
        private Boolean autoMlUsed;
        private Boolean reproducibleEnvironment;
        private FineTuningMethod fineTuningMethod;
        private ArtifactRetention artifactRetention;
        private Boolean logsExpire;
        private Boolean nodeAuthentication;
        private Boolean clusterCredentialRotation;

        private Builder() {
        }

        /** Sets {@link Training#platform()}. */
        public Builder platform(TrainingPlatform platform) {
            this.platform = platform;
            return this;
        }

        /** Sets {@link Training#experimentTracking()}. */
        public Builder experimentTracking(Boolean experimentTracking) {
            this.experimentTracking = experimentTracking;
            return this;
        }

        /** Sets {@link Training#baselineModel()}. */
        public Builder baselineModel(Attestation baselineModel) {
            this.baselineModel = baselineModel;
            return this;
        }

        /** Sets {@link Training#baselineModel()} to a person's statement without a note. */
        public Builder baselineModel(boolean holds) {
            this.baselineModel = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Training#alternativesExplored()}. */
        public Builder alternativesExplored(Set<ImprovementLever> alternativesExplored) {
            this.alternativesExplored = alternativesExplored;
            return this;
        }

        /** Sets {@link Training#alternativesExplored()}. */
        public Builder alternativesExplored(ImprovementLever... values) {
            this.alternativesExplored = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Training#benchmarked()}. */
        public Builder benchmarked(Set<BenchmarkDimension> benchmarked) {
            this.benchmarked = benchmarked;
            return this;
        }

        /** Sets {@link Training#benchmarked()}. */
        public Builder benchmarked(BenchmarkDimension... values) {
            this.benchmarked = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Training#hpoMethod()}. */
        public Builder hpoMethod(HpoMethod hpoMethod) {
            this.hpoMethod = hpoMethod;
            return this;
        }

        /** Sets {@link Training#hpoParallelJobs()}. */
        public Builder hpoParallelJobs(Integer hpoParallelJobs) {
            this.hpoParallelJobs = hpoParallelJobs;
            return this;
        }

        /** Sets {@link Training#hpoWarmStart()}. */
        public Builder hpoWarmStart(Boolean hpoWarmStart) {
            this.hpoWarmStart = hpoWarmStart;
            return this;
        }

        /** Sets {@link Training#earlyStopping()}. */
        public Builder earlyStopping(Boolean earlyStopping) {
            this.earlyStopping = earlyStopping;
            return this;
        }

        /** Sets {@link Training#checkpointing()}. */
        public Builder checkpointing(Boolean checkpointing) {
            this.checkpointing = checkpointing;
            return this;
        }

        /** Sets {@link Training#spotCapacity()}. */
        public Builder spotCapacity(Boolean spotCapacity) {
            this.spotCapacity = spotCapacity;
            return this;
        }

        /** Sets {@link Training#distributionStrategy()}. */
        public Builder distributionStrategy(DistributionStrategy distributionStrategy) {
            this.distributionStrategy = distributionStrategy;
            return this;
        }

        /** Sets {@link Training#durationHours()}. */
        public Builder durationHours(Double durationHours) {
            this.durationHours = durationHours;
            return this;
        }

        /** Sets {@link Training#interNodeEncryption()}. */
        public Builder interNodeEncryption(Boolean interNodeEncryption) {
            this.interNodeEncryption = interNodeEncryption;
            return this;
        }

        /** Sets {@link Training#networkIsolation()}. */
        public Builder networkIsolation(Boolean networkIsolation) {
            this.networkIsolation = networkIsolation;
            return this;
        }

        /** Sets {@link Training#observability()}. */
        public Builder observability(Set<TrainingSignal> observability) {
            this.observability = observability;
            return this;
        }

        /** Sets {@link Training#observability()}. */
        public Builder observability(TrainingSignal... values) {
            this.observability = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Training#resourceUtilizationPct()}. */
        public Builder resourceUtilizationPct(Double resourceUtilizationPct) {
            this.resourceUtilizationPct = resourceUtilizationPct;
            return this;
        }

        /** Sets {@link Training#instanceFamily()}. */
        public Builder instanceFamily(AcceleratorFamily instanceFamily) {
            this.instanceFamily = instanceFamily;
            return this;
        }

        /** Sets {@link Training#experimentCompute()}. */
        public Builder experimentCompute(ExperimentCompute experimentCompute) {
            this.experimentCompute = experimentCompute;
            return this;
        }

        /** Sets {@link Training#sampledSubsetFirst()}. */
        public Builder sampledSubsetFirst(Attestation sampledSubsetFirst) {
            this.sampledSubsetFirst = sampledSubsetFirst;
            return this;
        }

        /** Sets {@link Training#sampledSubsetFirst()} to a person's statement without a note. */
        public Builder sampledSubsetFirst(boolean holds) {
            this.sampledSubsetFirst = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Training#autoMlUsed()}. */
        public Builder autoMlUsed(Boolean autoMlUsed) {
            this.autoMlUsed = autoMlUsed;
            return this;
        }

        /** Sets {@link Training#reproducibleEnvironment()}. */
        public Builder reproducibleEnvironment(Boolean reproducibleEnvironment) {
            this.reproducibleEnvironment = reproducibleEnvironment;
            return this;
        }

        /** Sets {@link Training#fineTuningMethod()}. */
        public Builder fineTuningMethod(FineTuningMethod fineTuningMethod) {
            this.fineTuningMethod = fineTuningMethod;
            return this;
        }

        /** Sets {@link Training#artifactRetention()}. */
        public Builder artifactRetention(ArtifactRetention artifactRetention) {
            this.artifactRetention = artifactRetention;
            return this;
        }

        /** Sets {@link Training#logsExpire()}. */
        public Builder logsExpire(Boolean logsExpire) {
            this.logsExpire = logsExpire;
            return this;
        }

        /** Sets {@link Training#nodeAuthentication()}. */
        public Builder nodeAuthentication(Boolean nodeAuthentication) {
            this.nodeAuthentication = nodeAuthentication;
            return this;
        }

        /** Sets {@link Training#clusterCredentialRotation()}. */
        public Builder clusterCredentialRotation(Boolean clusterCredentialRotation) {
            this.clusterCredentialRotation = clusterCredentialRotation;
            return this;
        }

        /** Builds the training; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Training build() {
            return Validation.checked(new Training(platform, experimentTracking, baselineModel, alternativesExplored, benchmarked, hpoMethod, hpoParallelJobs, hpoWarmStart, earlyStopping, checkpointing, spotCapacity, distributionStrategy, durationHours, interNodeEncryption, networkIsolation, observability, resourceUtilizationPct, instanceFamily, experimentCompute, sampledSubsetFirst, autoMlUsed, reproducibleEnvironment, fineTuningMethod, artifactRetention, logsExpire, nodeAuthentication, clusterCredentialRotation));
        }
    }
}
