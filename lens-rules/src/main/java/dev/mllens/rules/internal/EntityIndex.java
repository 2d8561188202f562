package dev.mllens.rules.internal;

import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Counts and groupings of a workload's datasets, models and endpoints, computed once in Java before the
 * rules run. A rule that relates an entity to the others ("another real-time endpoint exists", "an edge
 * endpoint serves this model") matches this one fact instead of joining the entity with every other one,
 * so the cost of an assessment grows with the number of entities, not with its square. One is always in
 * working memory; the sets hold ids, so a rule asks {@code EntityIndex( modelsAtEdge contains $id )}.
 *
 * @param models how many models are declared
 * @param realTimeEndpoints how many endpoints are of type REAL_TIME
 * @param hostedEndpoints how many endpoints are hosted: of type REAL_TIME, SERVERLESS or ASYNC
 * @param untypedEndpoints how many endpoints do not state their type
 * @param modelsAtEdge ids of the models an EDGE endpoint serves
 * @param modelsInCloud ids of the models a REAL_TIME, SERVERLESS, ASYNC or BATCH endpoint serves
 * @param modelsOnInferentia ids of the models an endpoint on INFERENTIA hardware serves
 * @param modelsTrainedOnPersonalData ids of the models trained on a dataset that states
 *     containsPersonalData = true
 * @param hostedByFamily how many hosted endpoints state each hardware family
 * @param hostedWithoutFamily how many hosted endpoints do not state their hardware family
 * @param realTimeSharing which REAL_TIME endpoints could share instances with another (MLCOST05-BP01)
 * @param hostedServerOf for each model a hosted endpoint (or one of unstated type) serves, the id of the first
 *     such endpoint in the workload's order (MLSEC06-BP01)
 */
@API(status = API.Status.INTERNAL)
public record EntityIndex(int models, int realTimeEndpoints, int hostedEndpoints, int untypedEndpoints,
        Set<String> modelsAtEdge, Set<String> modelsInCloud, Set<String> modelsOnInferentia,
        Set<String> modelsTrainedOnPersonalData, Map<AcceleratorFamily, Integer> hostedByFamily, int hostedWithoutFamily,
        SharingIndex realTimeSharing, Map<String, String> hostedServerOf) {

    private static final Set<EndpointType> HOSTED = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS, EndpointType.ASYNC);
    private static final Set<EndpointType> CLOUD = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS,
            EndpointType.ASYNC, EndpointType.BATCH);

    public EntityIndex {
        modelsAtEdge = Set.copyOf(modelsAtEdge);
        modelsInCloud = Set.copyOf(modelsInCloud);
        modelsOnInferentia = Set.copyOf(modelsOnInferentia);
        modelsTrainedOnPersonalData = Set.copyOf(modelsTrainedOnPersonalData);
        hostedByFamily = Map.copyOf(hostedByFamily);
        hostedServerOf = Map.copyOf(hostedServerOf);
    }

    /** Counts and groups the entities of {@code w}, in one pass over each list. */
    public static EntityIndex of(Workload w) {
        int realTime = 0;
        int hosted = 0;
        int untyped = 0;
        Set<String> atEdge = new HashSet<>();
        Set<String> inCloud = new HashSet<>();
        Set<String> onInferentia = new HashSet<>();
        Map<AcceleratorFamily, Integer> byFamily = new EnumMap<>(AcceleratorFamily.class);
        int withoutFamily = 0;
        Map<String, String> hostedServer = new HashMap<>();
        for (Endpoint e : w.endpoints()) {
            if (HOSTED.contains(e.type())) {
                if (e.instanceFamily() == null) {
                    withoutFamily++;
                } else {
                    byFamily.merge(e.instanceFamily(), 1, Integer::sum);
                }
            }
            realTime += e.type() == EndpointType.REAL_TIME ? 1 : 0;
            hosted += HOSTED.contains(e.type()) ? 1 : 0;
            untyped += e.type() == null ? 1 : 0;
            List<String> served = e.modelIds() == null ? List.of() : e.modelIds();
            if (e.type() == EndpointType.EDGE) {
                atEdge.addAll(served);
            }
            if (CLOUD.contains(e.type())) {
                inCloud.addAll(served);
            }
            if (e.instanceFamily() == AcceleratorFamily.INFERENTIA) {
                onInferentia.addAll(served);
            }
            if (e.type() == null || HOSTED.contains(e.type())) {
                for (String model : served) {
                    hostedServer.putIfAbsent(model, e.id());
                }
            }
        }
        Set<String> personal = new HashSet<>();
        for (Dataset d : w.datasets()) {
            if (Boolean.TRUE.equals(d.containsPersonalData())) {
                personal.add(d.id());
            }
        }
        Set<String> trainedOnPersonal = new HashSet<>();
        for (Model m : w.models()) {
            if (m.trainingDatasetIds() != null && m.trainingDatasetIds().stream().anyMatch(personal::contains)) {
                trainedOnPersonal.add(m.id());
            }
        }
        return new EntityIndex(w.models().size(), realTime, hosted, untyped, atEdge, inCloud, onInferentia, trainedOnPersonal,
                byFamily, withoutFamily, SharingIndex.of(w.endpoints().stream().filter(e -> e.type() == EndpointType.REAL_TIME).toList()),
                hostedServer);
    }

    /** How many hosted endpoints there are besides {@code e}, an endpoint of this workload. */
    public long hostedEndpointsBesides(Endpoint e) {
        return hostedEndpoints - (HOSTED.contains(e.type()) ? 1 : 0);
    }

    /**
     * Whether another hosted endpoint runs on the same hardware family as {@code e}, so that their models
     * could share one endpoint: null when {@code e}'s family is not stated, or when no other hosted endpoint
     * states the same family but some state none (or their type); false when there is no other hosted
     * endpoint, or every other one is on other hardware.
     */
    public Boolean sameHardwareBesides(Endpoint e) {
        if (hostedEndpointsBesides(e) == 0) {
            return untypedEndpointsBesides(e) > 0 ? null : Boolean.FALSE;
        }
        if (e.instanceFamily() == null) {
            return null;
        }
        int same = hostedByFamily.getOrDefault(e.instanceFamily(), 0) - (HOSTED.contains(e.type()) ? 1 : 0);
        if (same > 0) {
            return Boolean.TRUE;
        }
        return hostedWithoutFamily > 0 || untypedEndpointsBesides(e) > 0 ? null : Boolean.FALSE;
    }

    /** How many endpoints of unstated type there are besides {@code e}, an endpoint of this workload. */
    public long untypedEndpointsBesides(Endpoint e) {
        return untypedEndpoints - (e.type() == null ? 1 : 0);
    }
}
