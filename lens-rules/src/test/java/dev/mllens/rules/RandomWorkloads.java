package dev.mllens.rules;

import dev.mllens.workload.Attestation;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.InvalidWorkloadException;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random workloads for property tests, filled by reflection over the fact records so that every fact
 * the model has, including ones added later, is exercised: each fact is not stated about a third of the
 * time, else a random value. References (training datasets, endpoint models) point at declared ids.
 */
final class RandomWorkloads {

    private final SplittableRandom random;

    private RandomWorkloads(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Workload generate(long seed) {
        return new RandomWorkloads(seed).workload();
    }

    private Workload workload() {
        List<Dataset> datasets = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            datasets.add(entity(Dataset.class, "d" + i, List.of()));
        }
        List<String> datasetIds = datasets.stream().map(Dataset::id).toList();
        List<Model> models = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            models.add(entity(Model.class, "m" + i, datasetIds));
        }
        List<String> modelIds = models.stream().map(Model::id).toList();
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            endpoints.add(entity(Endpoint.class, "e" + i, modelIds));
        }
        Workload.Builder b = Workload.builder("w" + random.nextInt(1000)).name("random workload");
        datasets.forEach(b::dataset);
        models.forEach(b::model);
        endpoints.forEach(b::endpoint);
        return b.context(section(dev.mllens.workload.Context.class))
                .governance(section(dev.mllens.workload.Governance.class))
                .businessGoal(section(dev.mllens.workload.BusinessGoal.class))
                .featureStore(section(dev.mllens.workload.FeatureStore.class))
                .pipelines(section(dev.mllens.workload.Pipelines.class))
                .training(section(dev.mllens.workload.Training.class))
                .monitoring(section(dev.mllens.workload.Monitoring.class))
                .environment(section(dev.mllens.workload.Environment.class))
                .cost(section(dev.mllens.workload.CostControls.class))
                .sustainability(section(dev.mllens.workload.Sustainability.class))
                .build();
    }

    private <T extends Record> T section(Class<T> type) {
        return random.nextInt(5) == 0 ? null : entity(type, null, List.of());
    }

    /** Fills a record; retries when the values drawn are impossible together (e.g. min > max). */
    private <T extends Record> T entity(Class<T> type, String id, List<String> refs) {
        for (int attempt = 0; ; attempt++) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args[i] = components[i].getName().equals("id") ? id
                            : attempt > 5 ? null : value(components[i].getName(), components[i].getGenericType(), refs);
                }
                Constructor<T> c = type.getDeclaredConstructor(types);
                T record = c.newInstance(args);
                // values are checked by the record's builder (and by the workload), not its constructor
                Object builder = type.getMethod("toBuilder").invoke(record);
                builder.getClass().getMethod("build").invoke(builder);
                return record;
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (!(e.getCause() instanceof InvalidWorkloadException)) {
                    throw new IllegalStateException(e.getCause());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(String name, Type type, List<String> refs) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                List<String> out = new ArrayList<>();
                if (name.endsWith("Ids")) {
                    refs.stream().filter(r -> random.nextBoolean()).forEach(out::add);
                } else {
                    for (int i = 0, n = random.nextInt(3); i < n; i++) {
                        out.add("v" + i);
                    }
                }
                return out;
            }
            if (raw == java.util.Set.class) {
                Class<Enum> e = (Class<Enum>) args[0];
                EnumSet set = EnumSet.noneOf(e);
                for (Enum c : e.getEnumConstants()) {
                    if (random.nextInt(3) == 0) {
                        set.add(c);
                    }
                }
                return set;
            }
            if (raw == Map.class) {
                Class<Enum> k = (Class<Enum>) args[0];
                Class<Enum> v = (Class<Enum>) args[1];
                Map map = new EnumMap(k);
                for (Enum c : k.getEnumConstants()) {
                    if (random.nextBoolean()) {
                        map.put(c, pick(v));
                    }
                }
                return map;
            }
            throw new IllegalStateException("unsupported fact type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == Boolean.class) {
            return random.nextBoolean();
        }
        if (c == Integer.class) {
            return random.nextInt(20);
        }
        if (c == Double.class) {
            return (double) random.nextInt(101);
        }
        if (c == String.class) {
            return "s" + random.nextInt(5);
        }
        if (c == Attestation.class) {
            return new Attestation(random.nextBoolean(), random.nextBoolean() ? "note" : null, null);
        }
        if (c.isEnum()) {
            return pick((Class<Enum>) c);
        }
        if (c.isRecord()) {
            return entity((Class<Record>) c, null, List.of());
        }
        throw new IllegalStateException("unsupported fact type " + type);
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }
}
