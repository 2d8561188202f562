package dev.mllens.workload;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Value checks shared by the fact records. Messages name the field and the value. */
final class Validation {

    private Validation() {
    }

    static void requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidWorkloadException(field, "is required and must not be blank");
        }
    }

    static void percent(String field, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 100)) {
            throw new InvalidWorkloadException(field, "must be a percentage from 0 to 100, was " + value);
        }
    }

    static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidWorkloadException(field, "must not be negative, was " + value);
        }
    }

    static void nonNegative(String field, Double value) {
        if (value != null && (value.isNaN() || value < 0)) {
            throw new InvalidWorkloadException(field, "must not be negative, was " + value);
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
