package dev.mllens.benchmarks;

import dev.mllens.samples.Samples;
import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.HostingPattern;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Workloads of a chosen size for the scaling benchmarks, built from the sample so that every rule has
 * facts to read. The facts that decide how entities relate vary with the index, so that the rules which
 * relate entities (endpoints sharing models, models served at the edge, models trained on personal data,
 * models on an accelerator) see every case: endpoint types (and unstated types), hosting patterns,
 * hardware families, model sources and personal data each cycle through their values.
 */
final class ScaledWorkloads {

    private ScaledWorkloads() {
    }

    /** The sample with {@code n} datasets, {@code n} models and {@code n} endpoints. */
    static Workload of(int n) {
        Workload sample = Samples.fraudDetection();
        Workload.Builder w = sectionsOf(sample);
        List<Dataset> datasets = sample.datasets();
        Model model = sample.models().get(0);
        Endpoint endpoint = sample.endpoints().get(0);
        Boolean[] personal = {Boolean.TRUE, Boolean.FALSE, null};
        for (int i = 0; i < n; i++) {
            w.dataset(datasets.get(i % datasets.size()).toBuilder().id("d" + i)
                    .containsPersonalData(personal[i % personal.length]).build());
            w.model(model.toBuilder().id("m" + i).source(cycle(ModelSource.values(), i))
                    .trainingDatasetIds(List.of("d" + i)).build());
            List<String> served = n == 1 ? List.of("m0") : List.of("m" + i, "m" + (i + 1) % n);
            w.endpoint(endpoint.toBuilder().id("e" + i).type(cycleOrNull(EndpointType.values(), i))
                    .hostingPattern(cycle(HostingPattern.values(), i / 2))
                    .instanceFamily(cycle(AcceleratorFamily.values(), i / 3))
                    .modelIds(served).build());
        }
        return w.build();
    }

    /** A builder holding {@code w}'s id, name and sections, without its datasets, models and endpoints. */
    static Workload.Builder sectionsOf(Workload w) {
        return Workload.builder(w.id()).name(w.name()).context(w.context()).governance(w.governance())
                .businessGoal(w.businessGoal()).featureStore(w.featureStore()).pipelines(w.pipelines())
                .training(w.training()).monitoring(w.monitoring()).environment(w.environment()).cost(w.cost())
                .sustainability(w.sustainability());
    }

    /** A workload of {@code n} endpoints that state nothing but their ids (the document of issue 9). */
    static Workload minimalEndpoints(int n) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            endpoints.add(Endpoint.builder("e" + i).build());
        }
        return Workload.builder("minimal").endpoint(endpoints.toArray(Endpoint[]::new)).build();
    }

    private static <T> T cycle(T[] values, int i) {
        return values[i % values.length];
    }

    /** The values in turn, then null (not stated). */
    private static <T> T cycleOrNull(T[] values, int i) {
        int k = i % (values.length + 1);
        return k == values.length ? null : values[k];
    }
}
