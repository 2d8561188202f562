package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Accounts, identity, network and supply chain the workload runs in (often shared by a platform).")
public record Environment(
        @Fact("Account structure.") AccountSeparation accountSeparation,
        @Fact("Promotion stages.") Stages stages,
        @Fact("Stages use the same templates, hardware families and framework versions, with drift detection.") Boolean configParity,
        @Fact("Access is granted through persona-based roles.") Boolean rbacByRole,
        @Fact(value = "Roles with wildcard or admin access to ML data or resources.", min = 0) Integer overPrivilegedRoles,
        @Fact("Access is conditioned on sensitivity or project tags.") Boolean tagBasedAccess,
        @Fact("Organisation-wide guardrails deny unsafe configurations.") Boolean guardrailPolicies,
        @Fact("Network posture of notebooks, processing and training.") NetworkIsolation networkIsolation,
        @Fact("Credentials come from a secrets manager and none are hard-coded.") Boolean secretsManaged,
        @Fact("Root access is disabled on managed notebooks.") Boolean rootAccessDisabled,
        @Fact("Where packages come from.") PackageSource packageSource,
        @Fact("Lock files or immutable image tags pin dependency versions.") Boolean dependenciesPinned,
        @Fact("Training and inference images are stored, versioned and tagged in a private registry.") Boolean imagesInPrivateRegistry,
        @Fact("Old images expire by policy.") Boolean imageLifecyclePolicy,
        @Fact("Images and dependencies are scanned for vulnerabilities.") Boolean vulnerabilityScanning,
        @Fact("An inventory (SBOM) of ML libraries and their licences is kept.") Boolean licenseInventory,
        @Fact("Dedicated encryption keys per environment or workload.") Boolean keysSeparatedPerEnvironment,
        @Fact("Keys and certificates rotate automatically.") Boolean keyRotation,
        @Fact("Audit trail, threat detection and configuration compliance are enabled.") Boolean securityMonitoring,
        @Fact("An immutable audit trail records control- and data-plane changes.") Boolean auditLogging,
        @Fact("Pre-approved templates provision ML environments.") Boolean selfServiceTemplates,
        @Fact("Unmasked production sensitive data is present in development or test.") Boolean sensitiveDataInNonProd,
        @Fact("Where data scientists work.") DevEnvironment devEnvironment,
        @Fact("Idle notebooks and development compute shut down automatically.") Boolean idleShutdown,
        @Fact("Tooling used to prepare data: hand-written scripts only, a no-code or low-code tool, such a tool with a generative AI assistant, or scripts generated with an AI code assistant and no low-code tool.") DataPrepTooling dataPrepTooling,
        @Fact("Telemetry and external lookup services of ML packages are switched off, except those reviewed and allowed under the data privacy requirements.") Boolean packageTelemetryOff,
        @Fact("Development and production callers of models use separate credentials.") Boolean separateModelCredentials) {

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A environment about which nothing is stated. */
    public static Environment unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this environment's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accountSeparation = accountSeparation;
        b.stages = stages;
        b.configParity = configParity;
        b.rbacByRole = rbacByRole;
        b.overPrivilegedRoles = overPrivilegedRoles;
        b.tagBasedAccess = tagBasedAccess;
        b.guardrailPolicies = guardrailPolicies;
        b.networkIsolation = networkIsolation;
        b.secretsManaged = secretsManaged;
        b.rootAccessDisabled = rootAccessDisabled;
        b.packageSource = packageSource;
        b.dependenciesPinned = dependenciesPinned;
        b.imagesInPrivateRegistry = imagesInPrivateRegistry;
        b.imageLifecyclePolicy = imageLifecyclePolicy;
        b.vulnerabilityScanning = vulnerabilityScanning;
        b.licenseInventory = licenseInventory;
        b.keysSeparatedPerEnvironment = keysSeparatedPerEnvironment;
        b.keyRotation = keyRotation;
        b.securityMonitoring = securityMonitoring;
        b.auditLogging = auditLogging;
        b.selfServiceTemplates = selfServiceTemplates;
        b.sensitiveDataInNonProd = sensitiveDataInNonProd;
        b.devEnvironment = devEnvironment;
        b.idleShutdown = idleShutdown;
        b.dataPrepTooling = dataPrepTooling;
        b.packageTelemetryOff = packageTelemetryOff;
        b.separateModelCredentials = separateModelCredentials;
        return b;
    }

    /** Builds a {@link Environment}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private AccountSeparation accountSeparation;
        private Stages stages;
        private Boolean configParity;
        private Boolean rbacByRole;
        private Integer overPrivilegedRoles;
        private Boolean tagBasedAccess;
        private Boolean guardrailPolicies;
        private NetworkIsolation networkIsolation;
        private Boolean secretsManaged;
        private Boolean rootAccessDisabled;
        private PackageSource packageSource;
        private Boolean dependenciesPinned;
        private Boolean imagesInPrivateRegistry;
        private Boolean imageLifecyclePolicy;
        private Boolean vulnerabilityScanning;
        private Boolean licenseInventory;
        private Boolean keysSeparatedPerEnvironment;
        private Boolean keyRotation;
        private Boolean securityMonitoring;
        private Boolean auditLogging;
        private Boolean selfServiceTemplates;
        private Boolean sensitiveDataInNonProd;
        private DevEnvironment devEnvironment;
        private Boolean idleShutdown;
        private DataPrepTooling dataPrepTooling;
        private Boolean packageTelemetryOff;
        private Boolean separateModelCredentials;

        private Builder() {
        }

        /** Sets {@link Environment#accountSeparation()}. */
        public Builder accountSeparation(AccountSeparation accountSeparation) {
            this.accountSeparation = accountSeparation;
            return this;
        }

        /** Sets {@link Environment#stages()}. */
        public Builder stages(Stages stages) {
            this.stages = stages;
            return this;
        }

        /** Sets {@link Environment#configParity()}. */
        public Builder configParity(Boolean configParity) {
            this.configParity = configParity;
            return this;
        }

        /** Sets {@link Environment#rbacByRole()}. */
        public Builder rbacByRole(Boolean rbacByRole) {
            this.rbacByRole = rbacByRole;
            return this;
        }

        /** Sets {@link Environment#overPrivilegedRoles()}. */
        public Builder overPrivilegedRoles(Integer overPrivilegedRoles) {
            this.overPrivilegedRoles = overPrivilegedRoles;
            return this;
        }

        /** Sets {@link Environment#tagBasedAccess()}. */
        public Builder tagBasedAccess(Boolean tagBasedAccess) {
            this.tagBasedAccess = tagBasedAccess;
            return this;
        }

        /** Sets {@link Environment#guardrailPolicies()}. */
        public Builder guardrailPolicies(Boolean guardrailPolicies) {
            this.guardrailPolicies = guardrailPolicies;
            return this;
        }

        /** Sets {@link Environment#networkIsolation()}. */
        public Builder networkIsolation(NetworkIsolation networkIsolation) {
            this.networkIsolation = networkIsolation;
            return this;
        }

        /** Sets {@link Environment#secretsManaged()}. */
        public Builder secretsManaged(Boolean secretsManaged) {
            this.secretsManaged = secretsManaged;
            return this;
        }

        /** Sets {@link Environment#rootAccessDisabled()}. */
        public Builder rootAccessDisabled(Boolean rootAccessDisabled) {
            this.rootAccessDisabled = rootAccessDisabled;
            return this;
        }

        /** Sets {@link Environment#packageSource()}. */
        public Builder packageSource(PackageSource packageSource) {
            this.packageSource = packageSource;
            return this;
        }

        /** Sets {@link Environment#dependenciesPinned()}. */
        public Builder dependenciesPinned(Boolean dependenciesPinned) {
            this.dependenciesPinned = dependenciesPinned;
            return this;
        }

        /** Sets {@link Environment#imagesInPrivateRegistry()}. */
        public Builder imagesInPrivateRegistry(Boolean imagesInPrivateRegistry) {
            this.imagesInPrivateRegistry = imagesInPrivateRegistry;
            return this;
        }

        /** Sets {@link Environment#imageLifecyclePolicy()}. */
        public Builder imageLifecyclePolicy(Boolean imageLifecyclePolicy) {
            this.imageLifecyclePolicy = imageLifecyclePolicy;
            return this;
        }

        /** Sets {@link Environment#vulnerabilityScanning()}. */
        public Builder vulnerabilityScanning(Boolean vulnerabilityScanning) {
            this.vulnerabilityScanning = vulnerabilityScanning;
            return this;
        }

        /** Sets {@link Environment#licenseInventory()}. */
        public Builder licenseInventory(Boolean licenseInventory) {
            this.licenseInventory = licenseInventory;
            return this;
        }

        /** Sets {@link Environment#keysSeparatedPerEnvironment()}. */
        public Builder keysSeparatedPerEnvironment(Boolean keysSeparatedPerEnvironment) {
            this.keysSeparatedPerEnvironment = keysSeparatedPerEnvironment;
            return this;
        }

        /** Sets {@link Environment#keyRotation()}. */
        public Builder keyRotation(Boolean keyRotation) {
            this.keyRotation = keyRotation;
            return this;
        }

        /** Sets {@link Environment#securityMonitoring()}. */
        public Builder securityMonitoring(Boolean securityMonitoring) {
            this.securityMonitoring = securityMonitoring;
            return this;
        }

        /** Sets {@link Environment#auditLogging()}. */
        public Builder auditLogging(Boolean auditLogging) {
            this.auditLogging = auditLogging;
            return this;
        }

        /** Sets {@link Environment#selfServiceTemplates()}. */
        public Builder selfServiceTemplates(Boolean selfServiceTemplates) {
            this.selfServiceTemplates = selfServiceTemplates;
            return this;
        }

        /** Sets {@link Environment#sensitiveDataInNonProd()}. */
        public Builder sensitiveDataInNonProd(Boolean sensitiveDataInNonProd) {
            this.sensitiveDataInNonProd = sensitiveDataInNonProd;
            return this;
        }

        /** Sets {@link Environment#devEnvironment()}. */
        public Builder devEnvironment(DevEnvironment devEnvironment) {
            this.devEnvironment = devEnvironment;
            return this;
        }

        /** Sets {@link Environment#idleShutdown()}. */
        public Builder idleShutdown(Boolean idleShutdown) {
            this.idleShutdown = idleShutdown;
            return this;
        }

        /** Sets {@link Environment#dataPrepTooling()}. */
        public Builder dataPrepTooling(DataPrepTooling dataPrepTooling) {
            this.dataPrepTooling = dataPrepTooling;
            return this;
        }

        /** Sets {@link Environment#packageTelemetryOff()}. */
        public Builder packageTelemetryOff(Boolean packageTelemetryOff) {
            this.packageTelemetryOff = packageTelemetryOff;
            return this;
        }

        /** Sets {@link Environment#separateModelCredentials()}. */
        public Builder separateModelCredentials(Boolean separateModelCredentials) {
            this.separateModelCredentials = separateModelCredentials;
            return this;
        }

        /** Builds the environment; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Environment build() {
            return Validation.checked(new Environment(accountSeparation, stages, configParity, rbacByRole, overPrivilegedRoles, tagBasedAccess, guardrailPolicies, networkIsolation, secretsManaged, rootAccessDisabled, packageSource, dependenciesPinned, imagesInPrivateRegistry, imageLifecyclePolicy, vulnerabilityScanning, licenseInventory, keysSeparatedPerEnvironment, keyRotation, securityMonitoring, auditLogging, selfServiceTemplates, sensitiveDataInNonProd, devEnvironment, idleShutdown, dataPrepTooling, packageTelemetryOff, separateModelCredentials));
        }
    }
}
