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
@Fact("One place where a model serves predictions.")
public record Endpoint(
        @Fact(value = "Unique id within the workload.", required = true) String id,
        @Fact("Human-readable name.") String name,
        @Fact("Inference option.") EndpointType type,
        @Fact("Models served (model ids).") List<String> modelIds,
        @Fact("Hosted on a managed inference service.") Boolean managed,
        @Fact("How models share the endpoint.") HostingPattern hostingPattern,
        @Fact("Hardware family serving the model.") AcceleratorFamily instanceFamily,
        @Fact(value = "Instances currently provisioned.", min = 0) Integer instanceCount,
        @Fact("Scaling policy.") AutoScaling autoScaling,
        @Fact("How instance type and count were chosen.") SizingMethod sizingMethod,
        @Fact(value = "Average utilization, 0-100.", min = 0, max = 100) Double resourceUtilizationPct,
        @Fact("Alarms fire on low or high utilization.") Boolean utilizationAlarms,
        @Fact("How new model versions are released; several values when strategies are combined, such as BLUE_GREEN with CANARY traffic shifting, or CANARY with AB_TEST.") Set<DeploymentStrategy> deploymentStrategy,
        @Fact("Why this release strategy fits the risk and traffic is documented.") Attestation strategyRationaleDocumented,
        @Fact("Alarms roll back to the previous version automatically.") Boolean automatedRollback,
        @Fact("Changes to the endpoint come only from the deployment pipeline.") Boolean deployedViaPipeline,
        @Fact("Restoring or rolling back the endpoint, artifact and image was rehearsed.") Attestation recoveryTested,
        @Fact("How consumers reach the model.") ApiAbstraction apiAbstraction,
        @Fact("The inference API is versioned.") Boolean apiVersioned,
        @Fact("A machine-readable API contract is published.") Boolean apiContractDocumented,
        @Fact("Throttling or quotas protect the inference API.") Boolean rateLimiting,
        @Fact("Every invocation is authenticated and authorized.") Boolean authRequired,
        @Fact("Network exposure.") NetworkAccess networkAccess,
        @Fact("Only named principals may invoke; there are no wildcard grants.") Boolean invokePolicyLeastPrivilege,
        @Fact("Invocations are logged with the caller's identity.") Boolean accessLogging,
        @Fact("Inputs are validated (schema, ranges) or guarded.") Boolean inputValidation,
        @Fact("Each ML component deploys and scales independently.") Boolean independentScaling,
        @Fact("Instances are spread across availability zones.") Boolean multiAz,
        @Fact("Requests and responses are translated between the published API contract and the model's own input and output format, so a model change does not reach the clients.") Boolean requestResponseMapping,
        @Fact("Responses to repeated identical requests are served from a cache in front of the model.") Boolean responseCaching,
        @Fact("Identical prediction requests recur often enough that cached responses could answer them.") Boolean repeatedRequests,
        @Fact("Guardrails on a generative model's prompts and responses; empty means none.") Set<Guardrail> guardrails) {

    /** Makes collections immutable. */
    public Endpoint {
        modelIds = modelIds == null ? null : Validation.list("modelIds", modelIds);
        deploymentStrategy = deploymentStrategy == null ? null : Collections.unmodifiableSet(Validation.enumSet(DeploymentStrategy.class, "deploymentStrategy", deploymentStrategy));
        guardrails = guardrails == null ? null : Collections.unmodifiableSet(Validation.enumSet(Guardrail.class, "guardrails", guardrails));
    }

    /** Starts a builder for the endpoint with this id. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** Returns a builder holding this endpoint's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.type = type;
        b.modelIds = modelIds;
        b.managed = managed;
        b.hostingPattern = hostingPattern;
        b.instanceFamily = instanceFamily;
        b.instanceCount = instanceCount;
        b.autoScaling = autoScaling;
        b.sizingMethod = sizingMethod;
        b.resourceUtilizationPct = resourceUtilizationPct;
        b.utilizationAlarms = utilizationAlarms;
        b.deploymentStrategy = deploymentStrategy;
        b.strategyRationaleDocumented = strategyRationaleDocumented;
        b.automatedRollback = automatedRollback;
        b.deployedViaPipeline = deployedViaPipeline;
        b.recoveryTested = recoveryTested;
        b.apiAbstraction = apiAbstraction;
        b.apiVersioned = apiVersioned;
        b.apiContractDocumented = apiContractDocumented;
        b.rateLimiting = rateLimiting;
        b.authRequired = authRequired;
        b.networkAccess = networkAccess;
        b.invokePolicyLeastPrivilege = invokePolicyLeastPrivilege;
        b.accessLogging = accessLogging;
        b.inputValidation = inputValidation;
        b.independentScaling = independentScaling;
        b.multiAz = multiAz;
        b.requestResponseMapping = requestResponseMapping;
        b.responseCaching = responseCaching;
        b.repeatedRequests = repeatedRequests;
        b.guardrails = guardrails;
        return b;
    }

    /** Builds a {@link Endpoint}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private String id;
        private String name;
        private EndpointType type;
        private List<String> modelIds;
        private Boolean managed;
        private HostingPattern hostingPattern;
        private AcceleratorFamily instanceFamily;
        private Integer instanceCount;
        private AutoScaling autoScaling;
        private SizingMethod sizingMethod;
        private Double resourceUtilizationPct;
        private Boolean utilizationAlarms;
        private Set<DeploymentStrategy> deploymentStrategy;
        private Attestation strategyRationaleDocumented;
        private Boolean automatedRollback;
        private Boolean deployedViaPipeline;
        private Attestation recoveryTested;
        private ApiAbstraction apiAbstraction;
        private Boolean apiVersioned;
        private Boolean apiContractDocumented;
        private Boolean rateLimiting;
        private Boolean authRequired;
        private NetworkAccess networkAccess;
        private Boolean invokePolicyLeastPrivilege;
        private Boolean accessLogging;
        private Boolean inputValidation;
        private Boolean independentScaling;
        private Boolean multiAz;
        private Boolean requestResponseMapping;
        private Boolean responseCaching;
        private Boolean repeatedRequests;
        private Set<Guardrail> guardrails;

        private Builder() {
        }

        /** Sets {@link Endpoint#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link Endpoint#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link Endpoint#type()}. */
        public Builder type(EndpointType type) {
            this.type = type;
            return this;
        }

        /** Sets {@link Endpoint#modelIds()}. */
        public Builder modelIds(List<String> modelIds) {
            this.modelIds = modelIds;
            return this;
        }

        /** Sets {@link Endpoint#modelIds()}. */
        public Builder modelIds(String... values) {
            this.modelIds = List.of(values);
            return this;
        }

        /** Sets {@link Endpoint#managed()}. */
        public Builder managed(Boolean managed) {
            this.managed = managed;
            return this;
        }

        /** Sets {@link Endpoint#hostingPattern()}. */
        public Builder hostingPattern(HostingPattern hostingPattern) {
            this.hostingPattern = hostingPattern;
            return this;
        }

        /** Sets {@link Endpoint#instanceFamily()}. */
        public Builder instanceFamily(AcceleratorFamily instanceFamily) {
            this.instanceFamily = instanceFamily;
            return this;
        }

        /** Sets {@link Endpoint#instanceCount()}. */
        public Builder instanceCount(Integer instanceCount) {
            this.instanceCount = instanceCount;
            return this;
        }

        /** Sets {@link Endpoint#autoScaling()}. */
        public Builder autoScaling(AutoScaling autoScaling) {
            this.autoScaling = autoScaling;
            return this;
        }

        /** Sets {@link Endpoint#sizingMethod()}. */
        public Builder sizingMethod(SizingMethod sizingMethod) {
            this.sizingMethod = sizingMethod;
            return this;
        }

        /** Sets {@link Endpoint#resourceUtilizationPct()}. */
        public Builder resourceUtilizationPct(Double resourceUtilizationPct) {
            this.resourceUtilizationPct = resourceUtilizationPct;
            return this;
        }

        /** Sets {@link Endpoint#utilizationAlarms()}. */
        public Builder utilizationAlarms(Boolean utilizationAlarms) {
            this.utilizationAlarms = utilizationAlarms;
            return this;
        }

        /** Sets {@link Endpoint#deploymentStrategy()}. */
        public Builder deploymentStrategy(Set<DeploymentStrategy> deploymentStrategy) {
            this.deploymentStrategy = deploymentStrategy;
            return this;
        }

        /** Sets {@link Endpoint#deploymentStrategy()}: the strategies a release combines. */
        public Builder deploymentStrategy(DeploymentStrategy... values) {
            this.deploymentStrategy = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Endpoint#strategyRationaleDocumented()}. */
        public Builder strategyRationaleDocumented(Attestation strategyRationaleDocumented) {
            this.strategyRationaleDocumented = strategyRationaleDocumented;
            return this;
        }

        /** Sets {@link Endpoint#strategyRationaleDocumented()} to a person's statement without a note. */
        public Builder strategyRationaleDocumented(boolean holds) {
            this.strategyRationaleDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Endpoint#automatedRollback()}. */
        public Builder automatedRollback(Boolean automatedRollback) {
            this.automatedRollback = automatedRollback;
            return this;
        }

        /** Sets {@link Endpoint#deployedViaPipeline()}. */
        public Builder deployedViaPipeline(Boolean deployedViaPipeline) {
            this.deployedViaPipeline = deployedViaPipeline;
            return this;
        }

        /** Sets {@link Endpoint#recoveryTested()}. */
        public Builder recoveryTested(Attestation recoveryTested) {
            this.recoveryTested = recoveryTested;
            return this;
        }

        /** Sets {@link Endpoint#recoveryTested()} to a person's statement without a note. */
        public Builder recoveryTested(boolean holds) {
            this.recoveryTested = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Endpoint#apiAbstraction()}. */
        public Builder apiAbstraction(ApiAbstraction apiAbstraction) {
            this.apiAbstraction = apiAbstraction;
            return this;
        }

        /** Sets {@link Endpoint#apiVersioned()}. */
        public Builder apiVersioned(Boolean apiVersioned) {
            this.apiVersioned = apiVersioned;
            return this;
        }

        /** Sets {@link Endpoint#apiContractDocumented()}. */
        public Builder apiContractDocumented(Boolean apiContractDocumented) {
            this.apiContractDocumented = apiContractDocumented;
            return this;
        }

        /** Sets {@link Endpoint#rateLimiting()}. */
        public Builder rateLimiting(Boolean rateLimiting) {
            this.rateLimiting = rateLimiting;
            return this;
        }

        /** Sets {@link Endpoint#authRequired()}. */
        public Builder authRequired(Boolean authRequired) {
            this.authRequired = authRequired;
            return this;
        }

        /** Sets {@link Endpoint#networkAccess()}. */
        public Builder networkAccess(NetworkAccess networkAccess) {
            this.networkAccess = networkAccess;
            return this;
        }

        /** Sets {@link Endpoint#invokePolicyLeastPrivilege()}. */
        public Builder invokePolicyLeastPrivilege(Boolean invokePolicyLeastPrivilege) {
            this.invokePolicyLeastPrivilege = invokePolicyLeastPrivilege;
            return this;
        }

        /** Sets {@link Endpoint#accessLogging()}. */
        public Builder accessLogging(Boolean accessLogging) {
            this.accessLogging = accessLogging;
            return this;
        }

        /** Sets {@link Endpoint#inputValidation()}. */
        public Builder inputValidation(Boolean inputValidation) {
            this.inputValidation = inputValidation;
            return this;
        }

        /** Sets {@link Endpoint#independentScaling()}. */
        public Builder independentScaling(Boolean independentScaling) {
            this.independentScaling = independentScaling;
            return this;
        }

        /** Sets {@link Endpoint#multiAz()}. */
        public Builder multiAz(Boolean multiAz) {
            this.multiAz = multiAz;
            return this;
        }

        /** Sets {@link Endpoint#requestResponseMapping()}. */
        public Builder requestResponseMapping(Boolean requestResponseMapping) {
            this.requestResponseMapping = requestResponseMapping;
            return this;
        }

        /** Sets {@link Endpoint#responseCaching()}. */
        public Builder responseCaching(Boolean responseCaching) {
            this.responseCaching = responseCaching;
            return this;
        }

        /** Sets {@link Endpoint#repeatedRequests()}. */
        public Builder repeatedRequests(Boolean repeatedRequests) {
            this.repeatedRequests = repeatedRequests;
            return this;
        }

        /** Sets {@link Endpoint#guardrails()}. */
        public Builder guardrails(Set<Guardrail> guardrails) {
            this.guardrails = guardrails;
            return this;
        }

        /** Sets {@link Endpoint#guardrails()}. */
        public Builder guardrails(Guardrail... values) {
            this.guardrails = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Builds the endpoint; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Endpoint build() {
            return Validation.checked(new Endpoint(id, name, type, modelIds, managed, hostingPattern, instanceFamily, instanceCount, autoScaling, sizingMethod, resourceUtilizationPct, utilizationAlarms, deploymentStrategy, strategyRationaleDocumented, automatedRollback, deployedViaPipeline, recoveryTested, apiAbstraction, apiVersioned, apiContractDocumented, rateLimiting, authRequired, networkAccess, invokePolicyLeastPrivilege, accessLogging, inputValidation, independentScaling, multiAz, requestResponseMapping, responseCaching, repeatedRequests, guardrails));
        }
    }
}
