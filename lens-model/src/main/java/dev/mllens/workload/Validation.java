package dev.mllens.workload;

import dev.mllens.workload.FactModel.Component;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check of a workload's values, in one place. Single values are checked against their
 * {@link Fact} annotation (required ids, number ranges); the checks that span fields are written out
 * below: {@code maxInstances >= minInstances}, unique ids per list, references to declared ids. Messages
 * name the path of the value and what is wrong with it.
 */
final class Validation {

    private Validation() {
    }

    /** Checks a section or entity on its own; paths are relative to it. Returns it. */
    static <T extends Record> T checked(T record) {
        values("", record);
        return record;
    }

    /** Checks a whole workload: values everywhere, then ids and references. */
    static void workload(Workload w) {
        FactModel model = FactModel.get();
        for (Component c : model.components(Workload.class)) {
            if (c.fact() != null && c.fact().required()) {
                requireId(c.name(), (String) c.read(w));
            }
        }
        for (Component c : model.components(Workload.class)) {
            FactModel.Section s = model.section(c);
            if (s == null) {
                continue;
            }
            Object value = c.read(w);
            if (s.list()) {
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    values(s.name() + "[" + i + "].", (Record) items.get(i));
                }
            } else {
                values(s.name() + ".", (Record) value);
            }
        }
        Set<String> datasetIds = uniqueIds("datasets", w.datasets(), Dataset::id);
        Set<String> modelIds = uniqueIds("models", w.models(), Model::id);
        uniqueIds("endpoints", w.endpoints(), Endpoint::id);
        for (int m = 0; m < w.models().size(); m++) {
            references("models[" + m + "].trainingDatasetIds", w.models().get(m).trainingDatasetIds(), datasetIds, "dataset");
        }
        for (int e = 0; e < w.endpoints().size(); e++) {
            references("endpoints[" + e + "].modelIds", w.endpoints().get(e).modelIds(), modelIds, "model");
        }
    }

    /** The single-value checks of one record and the records inside it, then its cross-field checks. */
    private static void values(String prefix, Record record) {
        for (Component c : FactModel.get().components(record.getClass())) {
            Object value = c.read(record);
            if (c.isRecord()) {
                if (value != null) {
                    values(prefix + c.name() + ".", (Record) value);
                }
                continue;
            }
            Fact fact = c.fact();
            if (fact == null) {
                continue;
            }
            String field = prefix + c.name();
            if (fact.required()) {
                requireId(field, (String) value);
            }
            if (value instanceof Number n) {
                range(field, n, fact);
            }
        }
        if (record instanceof AutoScaling a) {
            Integer min = a.minInstances();
            Integer max = a.maxInstances();
            if (min != null && max != null && max < min) {
                throw new InvalidWorkloadException(prefix + "maxInstances", "must be at least minInstances (" + min + "), was " + max);
            }
        }
    }

    private static void range(String field, Number n, Fact fact) {
        double v = n.doubleValue();
        boolean bounded = fact.max() != Double.POSITIVE_INFINITY;
        if (Double.isNaN(v) || v < fact.min() || v > fact.max()) {
            if (bounded && fact.min() == 0 && fact.max() == 100) {
                throw new InvalidWorkloadException(field, "must be a percentage from 0 to 100, was " + n);
            }
            if (!bounded && fact.min() == 0) {
                throw new InvalidWorkloadException(field, "must not be negative, was " + n);
            }
            throw new InvalidWorkloadException(field, "must be from " + fact.min() + " to " + fact.max() + ", was " + n);
        }
    }

    static void requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidWorkloadException(field, "is required and must not be blank");
        }
    }

    private static <T> Set<String> uniqueIds(String field, List<T> items, java.util.function.Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!ids.add(id.apply(items.get(i)))) {
                throw new InvalidWorkloadException(field + "[" + i + "].id",
                        "duplicate id '" + id.apply(items.get(i)) + "'; ids must be unique within " + field);
            }
        }
        return ids;
    }

    private static void references(String field, List<String> refs, Set<String> known, String kind) {
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

    static <T> List<T> list(String field, List<T> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidWorkloadException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, String field, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            if (value == null) {
                throw new InvalidWorkloadException(field, "must not contain null");
            }
            set.add(value);
        }
        return set;
    }

    static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, String field, Map<K, V> values) {
        EnumMap<K, V> map = new EnumMap<>(type);
        for (Map.Entry<K, V> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidWorkloadException(field, "must not contain null keys or values");
            }
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
