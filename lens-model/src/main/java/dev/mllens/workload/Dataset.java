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
@Fact("One data source or store used by the workload.")
public record Dataset(
        @Fact(value = "Unique id within the workload.", required = true) String id,
        @Fact("Human-readable name.") String name,
        @Fact("What the dataset is used for.") Set<DatasetUsage> usage,
        @Fact("Whether it holds personal or otherwise sensitive fields.") Boolean containsPersonalData,
        @Fact("Sensitivity class applied.") DataClassification classification,
        @Fact("The right to use this data for ML (consent, licence, purpose) is documented.") Attestation mlUseAuthorized,
        @Fact("The data comes from vetted sources with known provenance.") Attestation sourcesTrusted,
        @Fact("Automated sensitive-data discovery runs on the store.") Boolean sensitiveDataDiscovery,
        @Fact("Protection applied to sensitive fields.") PiiProtection piiProtection,
        @Fact("How the store is encrypted at rest.") EncryptionAtRest encryptionAtRest,
        @Fact("Access to the store requires TLS.") Boolean encryptionInTransit,
        @Fact("Public access to the store is blocked.") Boolean publicAccessBlocked,
        @Fact("Object or record-level access is logged with the caller's identity.") Boolean accessLogging,
        @Fact("Access is fine-grained and centrally governed (for example lake permissions).") Boolean governedAccess,
        @Fact("Only the attributes the use case needs are collected and kept.") Attestation minimizationApplied,
        @Fact("How retention is controlled.") RetentionPolicy retentionPolicy,
        @Fact("How the data moves between storage tiers.") StorageTiering storageTiering,
        @Fact("Storage size and access metrics are monitored.") Boolean storageMetricsMonitored,
        @Fact("Storage format.") DataFormat format,
        @Fact("Compression used.") Compression compression,
        @Fact(value = "Number of redundant copies kept.", min = 0) Integer duplicateCopies,
        @Fact("An automated profile or statistics report is produced.") Boolean profiled,
        @Fact("Data-quality findings and their fixes are recorded.") Attestation qualityIssuesDocumented,
        @Fact("Registered in a data catalog with its schema.") Boolean catalogued,
        @Fact("The catalog entry is kept current automatically.") Boolean catalogAutoUpdated,
        @Fact("The catalog entry carries owner, business meaning and quality information.") Boolean businessMetadata,
        @Fact("Stored in the organisation's central data lake.") Boolean centralDataLake,
        @Fact("Immutable versions of the data exist.") Boolean versioned,
        @Fact("Source and transformation history is recorded automatically.") Boolean provenanceRecorded,
        @Fact("Checksums or statistical integrity checks run when the data changes.") Boolean integrityChecks,
        @Fact("Pre-training bias metrics were computed on sensitive attributes.") Boolean biasAnalyzed,
        @Fact("How labels are produced.") LabelingMethod labelingMethod,
        @Fact("Label quality is checked.") Boolean labelQualityControl,
        @Fact("Region where the data is stored.") String region,
        @Fact(value = "Size in gigabytes.", min = 0) Double sizeGb,
        @Fact("The use case needs the raw personal values: masked, tokenized or anonymized data would not serve it.") Attestation rawPersonalValuesNeeded,
        @Fact("The dataset has a lifecycle class by business value, access frequency and regulatory need, with an owner for the decision.") Boolean lifecycleClassified,
        @Fact("How often the data is read over its life: STEADY (about as often whatever its age), COOLING (less and less as it ages), UNPREDICTABLE (changes with no pattern).") DataAccessPattern accessPattern,
        @Fact("How much labeling the dataset needs: SMALL (a one-off set a few people can label by hand), LARGE (a large set, or new data to label continuously).") LabelingScale labelingScale,
        @Fact("Where the data sits relative to the Availability Zone of the compute that reads it: REGIONAL (a Regional store such as S3, with no zone to match), SAME_ZONE_AS_COMPUTE (a zonal store such as FSx for Lustre in the zone of its compute), OTHER_ZONE (a zonal store in another zone, so every read crosses zones).") ZonePlacement zonePlacement) {

    /** Makes collections immutable. */
    public Dataset {
        usage = usage == null ? null : Collections.unmodifiableSet(Validation.enumSet(DatasetUsage.class, "usage", usage));
    }

    /** Starts a builder for the dataset with this id. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** Returns a builder holding this dataset's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.usage = usage;
        b.containsPersonalData = containsPersonalData;
        b.classification = classification;
        b.mlUseAuthorized = mlUseAuthorized;
        b.sourcesTrusted = sourcesTrusted;
        b.sensitiveDataDiscovery = sensitiveDataDiscovery;
        b.piiProtection = piiProtection;
        b.encryptionAtRest = encryptionAtRest;
        b.encryptionInTransit = encryptionInTransit;
        b.publicAccessBlocked = publicAccessBlocked;
        b.accessLogging = accessLogging;
        b.governedAccess = governedAccess;
        b.minimizationApplied = minimizationApplied;
        b.retentionPolicy = retentionPolicy;
        b.storageTiering = storageTiering;
        b.storageMetricsMonitored = storageMetricsMonitored;
        b.format = format;
        b.compression = compression;
        b.duplicateCopies = duplicateCopies;
        b.profiled = profiled;
        b.qualityIssuesDocumented = qualityIssuesDocumented;
        b.catalogued = catalogued;
        b.catalogAutoUpdated = catalogAutoUpdated;
        b.businessMetadata = businessMetadata;
        b.centralDataLake = centralDataLake;
        b.versioned = versioned;
        b.provenanceRecorded = provenanceRecorded;
        b.integrityChecks = integrityChecks;
        b.biasAnalyzed = biasAnalyzed;
        b.labelingMethod = labelingMethod;
        b.labelQualityControl = labelQualityControl;
        b.region = region;
        b.sizeGb = sizeGb;
        b.rawPersonalValuesNeeded = rawPersonalValuesNeeded;
        b.lifecycleClassified = lifecycleClassified;
        b.accessPattern = accessPattern;
        b.labelingScale = labelingScale;
        b.zonePlacement = zonePlacement;
        return b;
    }

    /** Builds a {@link Dataset}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private String id;
        private String name;
        private Set<DatasetUsage> usage;
        private Boolean containsPersonalData;
        private DataClassification classification;
        private Attestation mlUseAuthorized;
        private Attestation sourcesTrusted;
        private Boolean sensitiveDataDiscovery;
        private PiiProtection piiProtection;
        private EncryptionAtRest encryptionAtRest;
        private Boolean encryptionInTransit;
        private Boolean publicAccessBlocked;
        private Boolean accessLogging;
        private Boolean governedAccess;
        private Attestation minimizationApplied;
        private RetentionPolicy retentionPolicy;
        private StorageTiering storageTiering;
        private Boolean storageMetricsMonitored;
        private DataFormat format;
        private Compression compression;
        private Integer duplicateCopies;
        private Boolean profiled;
        private Attestation qualityIssuesDocumented;
        private Boolean catalogued;
        private Boolean catalogAutoUpdated;
        private Boolean businessMetadata;
        private Boolean centralDataLake;
        private Boolean versioned;
        private Boolean provenanceRecorded;
        private Boolean integrityChecks;
        private Boolean biasAnalyzed;
        private LabelingMethod labelingMethod;
        private Boolean labelQualityControl;
        private String region;
        private Double sizeGb;
        private Attestation rawPersonalValuesNeeded;
        private Boolean lifecycleClassified;
        private DataAccessPattern accessPattern;
        private LabelingScale labelingScale;
        private ZonePlacement zonePlacement;

        private Builder() {
        }

        /** Sets {@link Dataset#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Dataset#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Dataset#usage()}. */
        public Builder usage(Set<DatasetUsage> usage) {
            this.usage = usage;
            return this;
        }

        /** Sets {@link Dataset#usage()}. */
        public Builder usage(DatasetUsage... values) {
            this.usage = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Dataset#containsPersonalData()}. */
        public Builder containsPersonalData(Boolean containsPersonalData) {
            this.containsPersonalData = containsPersonalData;
            return this;
        }

        /** Sets {@link Dataset#classification()}. */
        public Builder classification(DataClassification classification) {
            this.classification = classification;
            return this;
        }

        /** Sets {@link Dataset#mlUseAuthorized()}. */
        public Builder mlUseAuthorized(Attestation mlUseAuthorized) {
            this.mlUseAuthorized = mlUseAuthorized;
            return this;
        }

        /** Sets {@link Dataset#mlUseAuthorized()} to a person's statement without a note. */
        public Builder mlUseAuthorized(boolean holds) {
            this.mlUseAuthorized = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Dataset#sourcesTrusted()}. */
        public Builder sourcesTrusted(Attestation sourcesTrusted) {
            this.sourcesTrusted = sourcesTrusted;
            return this;
        }

        /** Sets {@link Dataset#sourcesTrusted()} to a person's statement without a note. */
        public Builder sourcesTrusted(boolean holds) {
            this.sourcesTrusted = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Dataset#sensitiveDataDiscovery()}. */
        public Builder sensitiveDataDiscovery(Boolean sensitiveDataDiscovery) {
            this.sensitiveDataDiscovery = sensitiveDataDiscovery;
            return this;
        }

        /** Sets {@link Dataset#piiProtection()}. */
        public Builder piiProtection(PiiProtection piiProtection) {
            this.piiProtection = piiProtection;
            return this;
        }

        /** Sets {@link Dataset#encryptionAtRest()}. */
        public Builder encryptionAtRest(EncryptionAtRest encryptionAtRest) {
            this.encryptionAtRest = encryptionAtRest;
            return this;
        }

        /** Sets {@link Dataset#encryptionInTransit()}. */
        public Builder encryptionInTransit(Boolean encryptionInTransit) {
            this.encryptionInTransit = encryptionInTransit;
            return this;
        }

        /** Sets {@link Dataset#publicAccessBlocked()}. */
        public Builder publicAccessBlocked(Boolean publicAccessBlocked) {
            this.publicAccessBlocked = publicAccessBlocked;
            return this;
        }

        /** Sets {@link Dataset#accessLogging()}. */
        public Builder accessLogging(Boolean accessLogging) {
            this.accessLogging = accessLogging;
            return this;
        }

        /** Sets {@link Dataset#governedAccess()}. */
        public Builder governedAccess(Boolean governedAccess) {
            this.governedAccess = governedAccess;
            return this;
        }

        /** Sets {@link Dataset#minimizationApplied()}. */
        public Builder minimizationApplied(Attestation minimizationApplied) {
            this.minimizationApplied = minimizationApplied;
            return this;
        }

        /** Sets {@link Dataset#minimizationApplied()} to a person's statement without a note. */
        public Builder minimizationApplied(boolean holds) {
            this.minimizationApplied = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Dataset#retentionPolicy()}. */
        public Builder retentionPolicy(RetentionPolicy retentionPolicy) {
            this.retentionPolicy = retentionPolicy;
            return this;
        }

        /** Sets {@link Dataset#storageTiering()}. */
        public Builder storageTiering(StorageTiering storageTiering) {
            this.storageTiering = storageTiering;
            return this;
        }

        /** Sets {@link Dataset#storageMetricsMonitored()}. */
        public Builder storageMetricsMonitored(Boolean storageMetricsMonitored) {
            this.storageMetricsMonitored = storageMetricsMonitored;
            return this;
        }

        /** Sets {@link Dataset#format()}. */
        public Builder format(DataFormat format) {
            this.format = format;
            return this;
        }

        /** Sets {@link Dataset#compression()}. */
        public Builder compression(Compression compression) {
            this.compression = compression;
            return this;
        }

        /** Sets {@link Dataset#duplicateCopies()}. */
        public Builder duplicateCopies(Integer duplicateCopies) {
            this.duplicateCopies = duplicateCopies;
            return this;
        }

        /** Sets {@link Dataset#profiled()}. */
        public Builder profiled(Boolean profiled) {
            this.profiled = profiled;
            return this;
        }

        /** Sets {@link Dataset#qualityIssuesDocumented()}. */
        public Builder qualityIssuesDocumented(Attestation qualityIssuesDocumented) {
            this.qualityIssuesDocumented = qualityIssuesDocumented;
            return this;
        }

        /** Sets {@link Dataset#qualityIssuesDocumented()} to a person's statement without a note. */
        public Builder qualityIssuesDocumented(boolean holds) {
            this.qualityIssuesDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Dataset#catalogued()}. */
        public Builder catalogued(Boolean catalogued) {
            this.catalogued = catalogued;
            return this;
        }

        /** Sets {@link Dataset#catalogAutoUpdated()}. */
        public Builder catalogAutoUpdated(Boolean catalogAutoUpdated) {
            this.catalogAutoUpdated = catalogAutoUpdated;
            return this;
        }

        /** Sets {@link Dataset#businessMetadata()}. */
        public Builder businessMetadata(Boolean businessMetadata) {
            this.businessMetadata = businessMetadata;
            return this;
        }

        /** Sets {@link Dataset#centralDataLake()}. */
        public Builder centralDataLake(Boolean centralDataLake) {
            this.centralDataLake = centralDataLake;
            return this;
        }

        /** Sets {@link Dataset#versioned()}. */
        public Builder versioned(Boolean versioned) {
            this.versioned = versioned;
            return this;
        }

        /** Sets {@link Dataset#provenanceRecorded()}. */
        public Builder provenanceRecorded(Boolean provenanceRecorded) {
            this.provenanceRecorded = provenanceRecorded;
            return this;
        }

        /** Sets {@link Dataset#integrityChecks()}. */
        public Builder integrityChecks(Boolean integrityChecks) {
            this.integrityChecks = integrityChecks;
            return this;
        }

        /** Sets {@link Dataset#biasAnalyzed()}. */
        public Builder biasAnalyzed(Boolean biasAnalyzed) {
            this.biasAnalyzed = biasAnalyzed;
            return this;
        }

        /** Sets {@link Dataset#labelingMethod()}. */
        public Builder labelingMethod(LabelingMethod labelingMethod) {
            this.labelingMethod = labelingMethod;
            return this;
        }

        /** Sets {@link Dataset#labelQualityControl()}. */
        public Builder labelQualityControl(Boolean labelQualityControl) {
            this.labelQualityControl = labelQualityControl;
            return this;
        }

        /** Sets {@link Dataset#region()}. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Sets {@link Dataset#sizeGb()}. */
        public Builder sizeGb(Double sizeGb) {
            this.sizeGb = sizeGb;
            return this;
        }

        /** Sets {@link Dataset#rawPersonalValuesNeeded()}. */
        public Builder rawPersonalValuesNeeded(Attestation rawPersonalValuesNeeded) {
            this.rawPersonalValuesNeeded = rawPersonalValuesNeeded;
            return this;
        }

        /** Sets {@link Dataset#rawPersonalValuesNeeded()} to a person's statement without a note. */
        public Builder rawPersonalValuesNeeded(boolean holds) {
            this.rawPersonalValuesNeeded = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Dataset#lifecycleClassified()}. */
        public Builder lifecycleClassified(Boolean lifecycleClassified) {
            this.lifecycleClassified = lifecycleClassified;
            return this;
        }

        /** Sets {@link Dataset#accessPattern()}. */
        public Builder accessPattern(DataAccessPattern accessPattern) {
            this.accessPattern = accessPattern;
            return this;
        }

        /** Sets {@link Dataset#labelingScale()}. */
        public Builder labelingScale(LabelingScale labelingScale) {
            this.labelingScale = labelingScale;
            return this;
        }

        /** Sets {@link Dataset#zonePlacement()}. */
        public Builder zonePlacement(ZonePlacement zonePlacement) {
            this.zonePlacement = zonePlacement;
            return this;
        }

        /** Builds the dataset; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Dataset build() {
            return Validation.checked(new Dataset(id, name, usage, containsPersonalData, classification, mlUseAuthorized, sourcesTrusted, sensitiveDataDiscovery, piiProtection, encryptionAtRest, encryptionInTransit, publicAccessBlocked, accessLogging, governedAccess, minimizationApplied, retentionPolicy, storageTiering, storageMetricsMonitored, format, compression, duplicateCopies, profiled, qualityIssuesDocumented, catalogued, catalogAutoUpdated, businessMetadata, centralDataLake, versioned, provenanceRecorded, integrityChecks, biasAnalyzed, labelingMethod, labelQualityControl, region, sizeGb, rawPersonalValuesNeeded, lifecycleClassified, accessPattern, labelingScale, zonePlacement));
        }
    }
}
