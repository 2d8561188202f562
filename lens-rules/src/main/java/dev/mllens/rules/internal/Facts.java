package dev.mllens.rules.internal;

import dev.mllens.workload.FactModel;
import dev.mllens.workload.Workload;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Typed handles on the facts a rule reads: the path comes from the subject (a section or an entity) and
 * the accessor's method reference, so a rule cannot cite a fact that does not exist, and the value comes
 * with it. In DRL: {@code fact($t, Training::interNodeEncryption)} is
 * {@code training.interNodeEncryption}; {@code fact($d, Dataset::versioned)} is
 * {@code datasets[transactions].versioned}; {@code fact($e, Endpoint::autoScaling, AutoScaling::enabled)}
 * is {@code endpoints[fraud-api].autoScaling.enabled}.
 */
@API(status = API.Status.INTERNAL)
public final class Facts {

    /**
     * The accessor name behind each method reference, learned once per call site: a non-capturing method
     * reference has one class per place it is written. A ClassValue, not a map: rules read facts
     * thousands of times per assessment, and a map lookup per read showed in profiles.
     */
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return new String[1]; // filled by name(..): reading the name takes the instance, not only its class
        }
    };

    private Facts() {
    }

    /** A fact of a section or entity, e.g. {@code fact($t, Training::platform)}. */
    public static <S, V> FactValue<V> fact(S subject, Read<S, V> read) {
        return new FactValue<>(FactModel.get().subjectPath(subject) + "." + name(read), read.apply(subject));
    }

    /** A fact of a record inside a section or entity, e.g. {@code fact($e, Endpoint::autoScaling, AutoScaling::enabled)}. */
    public static <S, R, V> FactValue<V> fact(S subject, Read<S, R> record, Read<R, V> read) {
        R inner = record.apply(subject);
        return new FactValue<>(FactModel.get().subjectPath(subject) + "." + name(record) + "." + name(read),
                inner == null ? null : read.apply(inner));
    }

    /**
     * One entry of a map fact, e.g. {@code entry($g, Governance::reviewCadence, ReviewTopic.FAIRNESS)} is
     * {@code governance.reviewCadence[FAIRNESS]}; its value is null when the map or the key is not stated.
     */
    public static <S, K, V> FactValue<V> entry(S subject, Read<S, Map<K, V>> map, K key) {
        Map<K, V> m = map.apply(subject);
        return new FactValue<>(FactModel.get().subjectPath(subject) + "." + name(map) + "[" + key + "]",
                m == null ? null : m.get(key));
    }

    /**
     * A list of the workload that declares nothing, e.g. {@code none(Workload::datasets)}: cited as not stated
     * by rules that need its entities declared before they can judge.
     */
    public static <T> FactValue<T> none(Read<Workload, List<T>> list) {
        return new FactValue<>(name(list), null);
    }

    /**
     * A fact read across every entity of a list, e.g. {@code across(Workload::datasets, Dataset::containsPersonalData, basis)}
     * is {@code datasets[].containsPersonalData}, with a value that sums them up.
     */
    public static <T, V> FactValue<Object> across(Read<Workload, List<T>> list, Read<T, V> read, Object summary) {
        return new FactValue<>(name(list) + "[]." + name(read), summary);
    }

    /** The name of the record component a method reference reads. */
    static String name(Read<?, ?> read) {
        String[] slot = NAMES.get(read.getClass());
        String name = slot[0];
        if (name == null) {
            // two threads may both compute it: the same immutable string, so the race is harmless
            name = accessorName(read);
            slot[0] = name;
        }
        return name;
    }

    private static String accessorName(Read<?, ?> read) {
        SerializedLambda lambda;
        try {
            Method writeReplace = read.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            lambda = (SerializedLambda) writeReplace.invoke(read);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("not a method reference to a fact accessor: " + read.getClass().getName(), e);
        }
        String owner = lambda.getImplClass().replace('/', '.');
        String method = lambda.getImplMethodName();
        try {
            Class<?> type = Class.forName(owner, false, Facts.class.getClassLoader());
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getName().equals(method)) {
                        return method;
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + owner, e);
        }
        throw new IllegalStateException(owner + "::" + method + " is not a fact: use a method reference to a record component");
    }
}
