package dev.mllens.workload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Everything stated about one ML workload: the facts the rules assess.
 *
 * <p>Sections that are not given are replaced by their {@code unknown()} value, so a rule never sees
 * {@code null} for a section, only for single facts inside it. Lists are never null: an empty list
 * means none were declared. Building a workload checks every value against its {@link Fact}
 * annotation, that ids are unique per list and that references between entities (a model's training
 * datasets, an endpoint's models) name declared ids; {@link InvalidWorkloadException} names the path of
 * the first bad value (for example {@code endpoints[1].autoScaling.maxInstances}).
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Facts about one ML workload for the AWS Well-Architected Machine Learning Lens. Every fact is optional:"
        + " an absent fact is not stated, which is not the same as false.")
public record Workload(
        @Fact(value = "Unique id of the workload.", required = true) String id,
        @Fact("Human-readable name.") String name,
        @Fact("What the workload does.") String description,
        Context context,
        Governance governance,
        BusinessGoal businessGoal,
        @Fact("Data sources and stores, each with a unique id.") List<Dataset> datasets,
        FeatureStore featureStore,
        Pipelines pipelines,
        Training training,
        @Fact("Models, each with a unique id; trainingDatasetIds name declared datasets.") List<Model> models,
        @Fact("Endpoints, each with a unique id; modelIds name declared models.") List<Endpoint> endpoints,
        Monitoring monitoring,
        Environment environment,
        CostControls cost,
        Sustainability sustainability) {

    /** Fills absent sections, copies lists and checks values, ids and references. */
    public Workload(String id, String name, String description, Context context, Governance governance,
            BusinessGoal businessGoal, List<Dataset> datasets, FeatureStore featureStore, Pipelines pipelines,
            Training training, List<Model> models, List<Endpoint> endpoints, Monitoring monitoring,
            Environment environment, CostControls cost, Sustainability sustainability) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.context = context == null ? Context.unknown() : context;
        this.governance = governance == null ? Governance.unknown() : governance;
        this.businessGoal = businessGoal == null ? BusinessGoal.unknown() : businessGoal;
        this.datasets = datasets == null ? List.of() : Validation.list("datasets", datasets);
        this.featureStore = featureStore == null ? FeatureStore.unknown() : featureStore;
        this.pipelines = pipelines == null ? Pipelines.unknown() : pipelines;
        this.training = training == null ? Training.unknown() : training;
        this.models = models == null ? List.of() : Validation.list("models", models);
        this.endpoints = endpoints == null ? List.of() : Validation.list("endpoints", endpoints);
        this.monitoring = monitoring == null ? Monitoring.unknown() : monitoring;
        this.environment = environment == null ? Environment.unknown() : environment;
        this.cost = cost == null ? CostControls.unknown() : cost;
        this.sustainability = sustainability == null ? Sustainability.unknown() : sustainability;
        Validation.workload(this);
    }

    /** Starts a builder for a workload with this id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Returns a builder holding this workload's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).description(description).context(context).governance(governance)
                .businessGoal(businessGoal).featureStore(featureStore).pipelines(pipelines).training(training)
                .monitoring(monitoring).environment(environment).cost(cost).sustainability(sustainability);
        b.datasets.addAll(datasets);
        b.models.addAll(models);
        b.endpoints.addAll(endpoints);
        return b;
    }

    /** Finds a dataset by id. */
    public java.util.Optional<Dataset> dataset(String datasetId) {
        return datasets.stream().filter(d -> d.id().equals(datasetId)).findFirst();
    }

    /** Builds a {@link Workload}; sections left unset are not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private final String id;
        private String name;
        private String description;
        private Context context;
        private Governance governance;
        private BusinessGoal businessGoal;
        private final List<Dataset> datasets = new ArrayList<>();
        private FeatureStore featureStore;
        private Pipelines pipelines;
        private Training training;
        private final List<Model> models = new ArrayList<>();
        private final List<Endpoint> endpoints = new ArrayList<>();
        private Monitoring monitoring;
        private Environment environment;
        private CostControls cost;
        private Sustainability sustainability;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String name) { this.name = name; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder context(Context context) { this.context = context; return this; }
        public Builder governance(Governance governance) { this.governance = governance; return this; }
        public Builder businessGoal(BusinessGoal businessGoal) { this.businessGoal = businessGoal; return this; }
        /** Adds datasets. */
        public Builder dataset(Dataset... datasets) { this.datasets.addAll(List.of(datasets)); return this; }
        public Builder featureStore(FeatureStore featureStore) { this.featureStore = featureStore; return this; }
        public Builder pipelines(Pipelines pipelines) { this.pipelines = pipelines; return this; }
        public Builder training(Training training) { this.training = training; return this; }
        /** Adds models. */
        public Builder model(Model... models) { this.models.addAll(List.of(models)); return this; }
        /** Adds endpoints. */
        public Builder endpoint(Endpoint... endpoints) { this.endpoints.addAll(List.of(endpoints)); return this; }
        public Builder monitoring(Monitoring monitoring) { this.monitoring = monitoring; return this; }
        public Builder environment(Environment environment) { this.environment = environment; return this; }
        public Builder cost(CostControls cost) { this.cost = cost; return this; }
        public Builder sustainability(Sustainability sustainability) { this.sustainability = sustainability; return this; }

        /** Builds the workload; throws {@link InvalidWorkloadException} naming the bad field. */
        public Workload build() {
            return new Workload(id, name, description, context, governance, businessGoal, datasets, featureStore,
                    pipelines, training, models, endpoints, monitoring, environment, cost, sustainability);
        }
    }
}
