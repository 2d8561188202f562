package dev.mllens.benchmarks;

import dev.mllens.rules.internal.DerivedFacts;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.FactModel;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.List;

/** The workloads the benchmarks assess: the bundled sample, and the sample grown to a given number of entities. */
final class Workloads {

    private Workloads() {
    }

    /**
     * The workload a benchmark parameter names: {@code sample} (4 entities, 21 facts in working memory),
     * {@code fifty} (33 entities, 50 facts), or {@code entities<N>} (N datasets, models and endpoints).
     */
    static Workload named(String name) {
        Workload sample = Samples.fraudDetection();
        return switch (name) {
            case "sample" -> sample;
            case "fifty" -> withEntities(sample, 33);
            default -> {
                if (!name.startsWith("entities")) {
                    throw new IllegalArgumentException("unknown workload " + name + ": sample, fifty or entities<N>");
                }
                yield withEntities(sample, Integer.parseInt(name.substring("entities".length())));
            }
        };
    }

    /**
     * How many facts the workload puts in working memory: itself, its sections and entities, the derived
     * facts. The sample has 21, 15 of them its own.
     */
    static int facts(Workload w) {
        return FactModel.get().flatten(w).size() + DerivedFacts.of(w).workingMemory().size();
    }

    /**
     * The sample's sections with exactly {@code n} entities: copies of its datasets, models and endpoints
     * under new ids, taken in turn (datasets first, so that a model's training datasets and an endpoint's
     * models are always among the copies).
     */
    static Workload withEntities(Workload w, int n) {
        Workload.Builder fresh = Workload.builder(w.id()).name(w.name()).context(w.context()).governance(w.governance())
                .businessGoal(w.businessGoal()).featureStore(w.featureStore()).pipelines(w.pipelines())
                .training(w.training()).monitoring(w.monitoring()).environment(w.environment()).cost(w.cost())
                .sustainability(w.sustainability());
        int added = 0;
        for (int round = 0; added < n; round++) {
            String suffix = "-" + round;
            for (Dataset d : w.datasets()) {
                if (added++ < n) {
                    fresh.dataset(d.toBuilder().id(d.id() + suffix).build());
                }
            }
            for (Model m : w.models()) {
                if (added++ < n) {
                    fresh.model(m.toBuilder().id(m.id() + suffix).trainingDatasetIds(renamed(m.trainingDatasetIds(), suffix)).build());
                }
            }
            for (Endpoint e : w.endpoints()) {
                if (added++ < n) {
                    fresh.endpoint(e.toBuilder().id(e.id() + suffix).modelIds(renamed(e.modelIds(), suffix)).build());
                }
            }
        }
        return fresh.build();
    }

    private static List<String> renamed(List<String> ids, String suffix) {
        return ids == null ? null : ids.stream().map(id -> id + suffix).toList();
    }
}
