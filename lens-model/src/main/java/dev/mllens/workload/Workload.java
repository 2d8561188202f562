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
 * means none were declared. Ids must be unique per list, and references between entities
 * (a model's training datasets, an endpoint's models) must name declared ids.
 *
 * @param id unique id of the workload
 * @param name human-readable name
 * @param description what the workload does
 * @param context what the workload is and the conditions it runs under
 * @param governance team, roles and governance processes
 * @param businessGoal business problem, success measures, case for ML
 * @param datasets data sources and stores
 * @param featureStore the feature repository
 * @param pipelines versioning and automation of ML work
 * @param training how models are trained and tuned
 * @param models trained or acquired models
 * @param endpoints places where models serve predictions
 * @param monitoring how deployed models are watched
 * @param environment accounts, identity, network and supply chain
 * @param cost how ML spend is attributed and controlled
 * @param sustainability sustainability goals and measurement
 */
@API(status = API.Status.EXPERIMENTAL)
public record Workload(
        String id,
        String name,
        String description,
        Context context,
        Governance governance,
        BusinessGoal businessGoal,
        List<Dataset> datasets,
        FeatureStore featureStore,
        Pipelines pipelines,
        Training training,
        List<Model> models,
        List<Endpoint> endpoints,
        Monitoring monitoring,
        Environment environment,
        CostControls cost,
        Sustainability sustainability) {

    /** Fills absent sections, copies lists and checks ids and references. */
    public Workload {
        Validation.requireId("id", id);
        context = context == null ? Context.unknown() : context;
        governance = governance == null ? Governance.unknown() : governance;
        businessGoal = businessGoal == null ? BusinessGoal.unknown() : businessGoal;
        datasets = datasets == null ? List.of() : Validation.list("datasets", datasets);
        featureStore = featureStore == null ? FeatureStore.unknown() : featureStore;
        pipelines = pipelines == null ? Pipelines.unknown() : pipelines;
        training = training == null ? Training.unknown() : training;
        models = models == null ? List.of() : Validation.list("models", models);
        endpoints = endpoints == null ? List.of() : Validation.list("endpoints", endpoints);
        monitoring = monitoring == null ? Monitoring.unknown() : monitoring;
        environment = environment == null ? Environment.unknown() : environment;
        cost = cost == null ? CostControls.unknown() : cost;
        sustainability = sustainability == null ? Sustainability.unknown() : sustainability;

        Set<String> datasetIds = uniqueIds("datasets", datasets, Dataset::id);
        Set<String> modelIds = uniqueIds("models", models, Model::id);
        uniqueIds("endpoints", endpoints, Endpoint::id);
        for (int m = 0; m < models.size(); m++) {
            checkReferences("models[" + m + "].trainingDatasetIds", models.get(m).trainingDatasetIds(), datasetIds, "dataset");
        }
        for (int e = 0; e < endpoints.size(); e++) {
            checkReferences("endpoints[" + e + "].modelIds", endpoints.get(e).modelIds(), modelIds, "model");
        }
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

    private static <T> Set<String> uniqueIds(String field, List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!ids.add(id.apply(items.get(i)))) {
                throw new InvalidWorkloadException(field + "[" + i + "].id",
                        "duplicate id '" + id.apply(items.get(i)) + "'; ids must be unique within " + field);
            }
        }
        return ids;
    }

    private static void checkReferences(String field, List<String> refs, Set<String> known, String kind) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                throw new InvalidWorkloadException(field + "[" + i + "]",
                        "refers to " + kind + " '" + refs.get(i) + "', which is not declared");
            }
        }
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
