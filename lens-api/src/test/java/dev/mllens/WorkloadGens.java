package dev.mllens;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mllens.workload.Attestation;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.InvalidWorkloadException;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid workloads, composed from one generator per fact of the records (found
 * by reflection, so a fact added later is generated too): each fact is absent a third of the time, and a
 * failing workload shrinks fact by fact towards absent facts, fewer entities and smaller values.
 */
final class WorkloadGens {

    private WorkloadGens() {
    }

    /** Up to 3 datasets, 3 models and 3 endpoints, references only to declared ids. */
    static Gen<Workload> workloads() {
        Gen<List<Dataset>> datasets = entities(Dataset.class, "d");
        Gen<List<Model>> models = entities(Model.class, "m");
        Gen<List<Endpoint>> endpoints = entities(Endpoint.class, "e");
        Gen<List<Object>> sections = all(List.of(section(dev.mllens.workload.Context.class),
                section(dev.mllens.workload.Governance.class), section(dev.mllens.workload.BusinessGoal.class),
                section(dev.mllens.workload.FeatureStore.class), section(dev.mllens.workload.Pipelines.class),
                section(dev.mllens.workload.Training.class), section(dev.mllens.workload.Monitoring.class),
                section(dev.mllens.workload.Environment.class), section(dev.mllens.workload.CostControls.class),
                section(dev.mllens.workload.Sustainability.class)));
        return datasets.zip(models, endpoints, sections, WorkloadGens::workload);
    }

    private static Workload workload(List<Dataset> datasets, List<Model> models, List<Endpoint> endpoints, List<Object> s) {
        Set<String> datasetIds = ids(datasets, Dataset::id);
        Set<String> modelIds = ids(models, Model::id);
        Workload.Builder b = Workload.builder("generated").name("generated workload")
                .context((dev.mllens.workload.Context) s.get(0)).governance((dev.mllens.workload.Governance) s.get(1))
                .businessGoal((dev.mllens.workload.BusinessGoal) s.get(2)).featureStore((dev.mllens.workload.FeatureStore) s.get(3))
                .pipelines((dev.mllens.workload.Pipelines) s.get(4)).training((dev.mllens.workload.Training) s.get(5))
                .monitoring((dev.mllens.workload.Monitoring) s.get(6)).environment((dev.mllens.workload.Environment) s.get(7))
                .cost((dev.mllens.workload.CostControls) s.get(8)).sustainability((dev.mllens.workload.Sustainability) s.get(9));
        datasets.forEach(b::dataset);
        // references name declared ids only: the generated ones that do not are dropped
        models.forEach(m -> b.model(m.trainingDatasetIds() == null ? m : m.toBuilder()
                .trainingDatasetIds(m.trainingDatasetIds().stream().filter(datasetIds::contains).toList()).build()));
        endpoints.forEach(e -> b.endpoint(e.modelIds() == null ? e : e.toBuilder()
                .modelIds(e.modelIds().stream().filter(modelIds::contains).toList()).build()));
        return b.build();
    }

    private static <T> Set<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        Set<String> out = new java.util.HashSet<>();
        items.forEach(i -> out.add(id.apply(i)));
        return out;
    }

    /** 0 to 3 entities with ids prefix0, prefix1, ... */
    private static <T extends Record> Gen<List<T>> entities(Class<T> type, String prefix) {
        return lists().of(record(type)).ofSizeBetween(0, 3).map(list -> {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(withId(list.get(i), type, prefix + i));
            }
            return out;
        });
    }

    private static <T extends Record> Gen<Object> section(Class<T> type) {
        return record(type).toOptionals(20).map(o -> o.orElse(null));
    }

    /**
     * A record from one generator per component. Values impossible together (a minimum over its maximum)
     * give the record with no facts stated, as the builder would refuse them.
     */
    @SuppressWarnings("unchecked")
    static <T extends Record> Gen<T> record(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Gen<Object>> parts = new ArrayList<>();
        for (RecordComponent c : components) {
            parts.add(c.getName().equals("id") ? Generate.constant(() -> (Object) "x")
                    : value(c.getName(), c.getGenericType()).toOptionals(33).map(o -> o.orElse(null)));
        }
        return all(parts).map(values -> {
            T made = make(type, values.toArray());
            return made != null ? made : make(type, blank(components));
        });
    }

    private static Object[] blank(RecordComponent[] components) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals("id") ? "x" : null;
        }
        return args;
    }

    /** The record, checked by its builder; null when the builder refuses the values. */
    private static <T extends Record> T make(Class<T> type, Object[] args) {
        try {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            T record = type.getDeclaredConstructor(types).newInstance(args);
            Object builder = type.getMethod("toBuilder").invoke(record);
            return type.cast(builder.getClass().getMethod("build").invoke(builder));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidWorkloadException) {
                return null;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Record> T withId(T record, Class<T> type, String id) {
        try {
            Object builder = type.getMethod("toBuilder").invoke(record);
            builder.getClass().getMethod("id", String.class).invoke(builder, id);
            return type.cast(builder.getClass().getMethod("build").invoke(builder));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One list of the values of {@code gens}, in order: the generators composed one after another. */
    private static Gen<List<Object>> all(List<Gen<Object>> gens) {
        Gen<List<Object>> acc = Generate.constant(() -> new ArrayList<Object>());
        for (Gen<Object> g : gens) {
            acc = acc.zip(g, (list, v) -> {
                List<Object> next = new ArrayList<>(list);
                next.add(v);
                return next;
            });
        }
        return acc;
    }

    private static <E extends Enum<E>> Gen<Object> enumSets(Class<E> e) {
        return lists().of(Generate.enumValues(e)).ofSizeBetween(0, e.getEnumConstants().length).map(l -> {
            EnumSet<E> set = EnumSet.noneOf(e);
            set.addAll(l);
            return (Object) set;
        });
    }

    private static <K extends Enum<K>, V extends Enum<V>> Gen<Object> enumMaps(Class<K> k, Class<V> v) {
        Gen<Map.Entry<K, V>> entries = Generate.enumValues(k).zip(Generate.enumValues(v), Map::entry);
        return lists().of(entries).ofSizeBetween(0, 4).map(pairs -> {
            Map<K, V> map = new EnumMap<>(k);
            pairs.forEach(pair -> map.put(pair.getKey(), pair.getValue()));
            return (Object) Collections.unmodifiableMap(map);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Gen<Object> value(String name, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                String prefix = name.equals("trainingDatasetIds") ? "d" : name.equals("modelIds") ? "m" : "v";
                return lists().of(integers().between(0, 3).map(i -> prefix + i)).ofSizeBetween(0, 3)
                        .map(l -> (Object) List.copyOf(new java.util.LinkedHashSet<>(l)));
            }
            if (raw == Set.class) {
                return enumSets((Class<Enum>) args[0]);
            }
            if (raw == Map.class) {
                return enumMaps((Class<Enum>) args[0], (Class<Enum>) args[1]);
            }
            throw new IllegalStateException("no generator for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == Boolean.class) {
            return Generate.booleans().map(b -> (Object) b);
        }
        if (c == Integer.class) {
            return integers().between(0, 20).map(i -> (Object) i);
        }
        if (c == Double.class) {
            return doubles().between(0, 100).map(d -> (Object) d);
        }
        if (c == String.class) {
            return integers().between(0, 4).map(i -> (Object) ("s" + i));
        }
        if (c == Attestation.class) {
            return Generate.booleans().zip(Generate.booleans(), (holds, noted) -> (Object) new Attestation(holds, noted ? "note" : null, null));
        }
        if (c.isEnum()) {
            return Generate.enumValues((Class<Enum>) c).map(e -> (Object) e);
        }
        if (c.isRecord()) {
            return record((Class<Record>) c).map(r -> (Object) r);
        }
        throw new IllegalStateException("no generator for " + type);
    }
}
