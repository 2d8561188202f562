package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.rules.internal.EntityIndex;
import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The counts and groupings of {@link EntityIndex} agree with their pairwise definitions, the ones the
 * rules used to state as joins of an entity with every other ({@code Endpoint( this != $e, ... )},
 * {@code exists Endpoint( modelIds contains $id )}), over random workloads and a hand-made one.
 */
class EntityIndexTest {

    private static final Set<EndpointType> HOSTED = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS, EndpointType.ASYNC);
    private static final Set<EndpointType> CLOUD = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS,
            EndpointType.ASYNC, EndpointType.BATCH);

    @Test
    void agreesWithThePairwiseDefinitionsOnRandomWorkloads() {
        int related = 0;
        for (long seed = 0; seed < 3000; seed++) {
            Workload w = RandomWorkloads.generate(seed);
            EntityIndex index = EntityIndex.of(w);
            assertAgrees(w, index);
            related += index.modelsAtEdge().size() + index.modelsInCloud().size() + index.modelsOnInferentia().size()
                    + index.modelsTrainedOnPersonalData().size();
        }
        assertThat(related).as("the random workloads relate models to endpoints and datasets").isGreaterThan(1000);
    }

    @Test
    void countsOtherEndpointsBesidesTheOneAsked() {
        Workload w = Workload.builder("w")
                .dataset(Dataset.builder("pii").containsPersonalData(true).build(), Dataset.builder("open").containsPersonalData(false).build())
                .model(Model.builder("a").trainingDatasetIds(java.util.List.of("open", "pii")).build(),
                        Model.builder("b").trainingDatasetIds(java.util.List.of("open")).build(), Model.builder("c").build())
                .endpoint(Endpoint.builder("rt").type(EndpointType.REAL_TIME).modelIds(java.util.List.of("a")).build(),
                        Endpoint.builder("edge").type(EndpointType.EDGE).instanceFamily(AcceleratorFamily.INFERENTIA)
                                .modelIds(java.util.List.of("b", "c")).build(),
                        Endpoint.builder("x").build())
                .build();
        EntityIndex index = EntityIndex.of(w);
        assertAgrees(w, index);
        assertThat(index.models()).isEqualTo(3);
        assertThat(index.realTimeEndpoints()).isEqualTo(1);
        assertThat(index.hostedEndpointsBesides(w.endpoints().get(0))).isZero();
        assertThat(index.hostedEndpointsBesides(w.endpoints().get(2))).isEqualTo(1);
        assertThat(index.untypedEndpointsBesides(w.endpoints().get(2))).isZero();
        assertThat(index.untypedEndpointsBesides(w.endpoints().get(1))).isEqualTo(1);
        assertThat(index.modelsAtEdge()).containsExactlyInAnyOrder("b", "c");
        assertThat(index.modelsInCloud()).containsExactly("a");
        assertThat(index.modelsOnInferentia()).containsExactlyInAnyOrder("b", "c");
        assertThat(index.modelsTrainedOnPersonalData()).containsExactly("a");
    }

    private static void assertAgrees(Workload w, EntityIndex index) {
        assertThat(index.models()).isEqualTo(w.models().size());
        assertThat(index.realTimeEndpoints()).isEqualTo(count(w, e -> e.type() == EndpointType.REAL_TIME));
        for (Endpoint e : w.endpoints()) {
            assertThat(index.hostedEndpointsBesides(e)).isEqualTo(count(w, o -> o != e && HOSTED.contains(o.type())));
            assertThat(index.untypedEndpointsBesides(e)).isEqualTo(count(w, o -> o != e && o.type() == null));
            assertThat(index.sameHardwareBesides(e)).as(e.id()).isEqualTo(sameHardware(w, e));
        }
        for (Model m : w.models()) {
            assertThat(index.modelsAtEdge().contains(m.id())).isEqualTo(served(w, m, e -> e.type() == EndpointType.EDGE));
            assertThat(index.modelsInCloud().contains(m.id())).isEqualTo(served(w, m, e -> CLOUD.contains(e.type())));
            assertThat(index.modelsOnInferentia().contains(m.id()))
                    .isEqualTo(served(w, m, e -> e.instanceFamily() == AcceleratorFamily.INFERENTIA));
            boolean personal = m.trainingDatasetIds() != null && w.datasets().stream()
                    .anyMatch(d -> Boolean.TRUE.equals(d.containsPersonalData()) && m.trainingDatasetIds().contains(d.id()));
            assertThat(index.modelsTrainedOnPersonalData().contains(m.id())).isEqualTo(personal);
        }
    }

    /** The pairwise definition of {@link EntityIndex#sameHardwareBesides}. */
    private static Boolean sameHardware(Workload w, Endpoint e) {
        List<Endpoint> others = w.endpoints().stream().filter(o -> o != e && HOSTED.contains(o.type())).toList();
        boolean untyped = w.endpoints().stream().anyMatch(o -> o != e && o.type() == null);
        if (others.isEmpty()) {
            return untyped ? null : Boolean.FALSE;
        }
        if (e.instanceFamily() == null) {
            return null;
        }
        if (others.stream().anyMatch(o -> o.instanceFamily() == e.instanceFamily())) {
            return Boolean.TRUE;
        }
        return others.stream().anyMatch(o -> o.instanceFamily() == null) || untyped ? null : Boolean.FALSE;
    }

    private static long count(Workload w, Predicate<Endpoint> which) {
        return w.endpoints().stream().filter(which).count();
    }

    private static boolean served(Workload w, Model m, Predicate<Endpoint> by) {
        return w.endpoints().stream().anyMatch(e -> by.test(e) && e.modelIds() != null && e.modelIds().contains(m.id()));
    }
}
