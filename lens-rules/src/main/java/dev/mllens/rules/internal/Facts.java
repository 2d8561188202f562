package dev.mllens.rules.internal;

import dev.mllens.workload.FactModel;
import dev.mllens.workload.Workload;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Typed handles on the facts a rule reads: the path comes from the subject (a section or an entity) and
 * the component's generated {@link Read}er, so a rule cannot cite a fact that does not exist, and the
 * value comes with it. In DRL: {@code fact($t, Training_.interNodeEncryption)} is
 * {@code training.interNodeEncryption}; {@code fact($d, Dataset_.versioned)} is
 * {@code datasets[transactions].versioned}; {@code fact($e, Endpoint_.autoScaling, AutoScaling_.enabled)}
 * is {@code endpoints[fraud-api].autoScaling.enabled}.
 */
@API(status = API.Status.INTERNAL)
public final class Facts {

    private Facts() {
    }

    /** A fact of a section or entity, e.g. {@code fact($t, Training_.platform)}. */
    public static <S, V> FactValue<V> fact(S subject, Read<S, V> read) {
        return new FactValue<>(path(subject, read), read.apply(subject));
    }

    /**
     * The path of a fact of {@code subject}. A reader reads one record type, so whether its subject is a
     * singleton section or a list entity never changes: a section's path ({@code training.platform}) is
     * made once and kept by the reader; an entity's names the entity, so it is made each time.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a reader reads one record type, the subject's
    static String path(Object subject, Read<?, ?> read) {
        String fixed = read.sectionPath;
        if (fixed != null) {
            return fixed;
        }
        Read.AroundId around = read.aroundId;
        if (around != null) {
            return around.before() + ((Read) read).idOf(subject) + around.after();
        }
        FactModel model = FactModel.get();
        String path = model.factPath(subject, read.name());
        if (!read.ofEntity) { // learned on the first read, so that an entity's reader looks its section up once
            // two threads may both learn it: the same answer, so the race is harmless
            FactModel.Section section = model.section(subject.getClass()).orElseThrow();
            if (section.list()) {
                read.ofEntity = true;
                String id = ((Read) read).idOf(subject);
                String before = section.name() + "[";
                String after = "]." + read.name();
                // the reader reads the id itself (no reflection, no lookup) where it gives the model's own path
                if (id != null && path.equals(before + id + after)) {
                    read.aroundId = new Read.AroundId(before, after);
                }
            } else {
                read.sectionPath = path;
            }
        }
        return path;
    }

    /** A fact of a record inside a section or entity, e.g. {@code fact($e, Endpoint_.autoScaling, AutoScaling_.enabled)}. */
    public static <S, R, V> FactValue<V> fact(S subject, Read<S, R> record, Read<R, V> read) {
        R inner = record.apply(subject);
        return new FactValue<>(path(subject, record) + "." + name(read),
                inner == null ? null : read.apply(inner));
    }

    /**
     * One entry of a map fact, e.g. {@code entry($g, Governance_.reviewCadence, ReviewTopic.FAIRNESS)} is
     * {@code governance.reviewCadence[FAIRNESS]}; its value is null when the map or the key is not stated.
     */
    public static <S, K, V> FactValue<V> entry(S subject, Read<S, Map<K, V>> map, K key) {
        Map<K, V> m = map.apply(subject);
        return new FactValue<>(path(subject, map) + "[" + key + "]",
                m == null ? null : m.get(key));
    }

    /**
     * A list of the workload that declares nothing, e.g. {@code none(Workload_.datasets)}: cited as not stated
     * by rules that need its entities declared before they can judge.
     */
    public static <T> FactValue<T> none(Read<Workload, List<T>> list) {
        return new FactValue<>(name(list), null);
    }

    /**
     * A fact read across every entity of a list, e.g. {@code across(Workload_.datasets, Dataset_.containsPersonalData, basis)}
     * is {@code datasets[].containsPersonalData}, with a value that sums them up.
     */
    public static <T, V> FactValue<Object> across(Read<Workload, List<T>> list, Read<T, V> read, Object summary) {
        return new FactValue<>(name(list) + "[]." + name(read), summary);
    }

    /** The name of the record component a reader reads. */
    static String name(Read<?, ?> read) {
        return read.name();
    }
}
