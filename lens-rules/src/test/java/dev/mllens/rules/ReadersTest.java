package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.rules.internal.Facts;
import dev.mllens.rules.internal.Read;
import dev.mllens.workload.FactModel;
import dev.mllens.workload.Workload;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated readers (lens-rules/src/build/ReadersGenerator.java) cover every record of the workload
 * model, one constant per component, each named after its component and reading that component.
 */
class ReadersTest {

    private static final String READERS = "dev.mllens.rules.internal.readers.";

    @Test
    void everyRecordOfTheModelHasOneReaderPerComponentTypedAndNamedAfterIt() throws Exception {
        Set<Class<?>> records = records();
        assertThat(records).hasSizeGreaterThan(10).contains(Workload.class);
        for (Class<?> record : records) {
            Class<?> readers = Class.forName(READERS + record.getSimpleName() + "_");
            List<String> constants = new ArrayList<>();
            for (Field f : readers.getFields()) {
                assertThat(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())).as(f.toString()).isTrue();
                Read<?, ?> read = (Read<?, ?>) f.get(null);
                assertThat(read.name()).as(f.toString()).isEqualTo(f.getName());
                ParameterizedType t = (ParameterizedType) f.getGenericType();
                assertThat(t.getActualTypeArguments()[0]).as(f.toString()).isEqualTo(record);
                RecordComponent rc = component(record, f.getName());
                assertThat(boxed(t.getActualTypeArguments()[1]).getTypeName()).as(f.toString())
                        .isEqualTo(boxed(rc.getGenericType()).getTypeName());
                constants.add(f.getName());
            }
            assertThat(constants).as(readers.getName())
                    .containsExactlyInAnyOrderElementsOf(names(record.getRecordComponents()));
        }
    }

    @Test
    void eachReaderReadsItsOwnComponentOfEverySubjectOfGeneratedWorkloads() throws Exception {
        int read = 0;
        List<Object> subjects = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            subjects.addAll(FactModel.get().flatten(RandomWorkloads.generate(seed)));
        }
        for (Object subject : subjects) {
            Class<?> readers = Class.forName(READERS + subject.getClass().getSimpleName() + "_");
            for (RecordComponent rc : subject.getClass().getRecordComponents()) {
                @SuppressWarnings("unchecked")
                Read<Object, ?> reader = (Read<Object, ?>) readers.getField(rc.getName()).get(null);
                Object expected = rc.getAccessor().invoke(subject);
                assertThat(reader.apply(subject)).as(reader.name()).isEqualTo(expected);
                read += expected != null ? 1 : 0;
            }
        }
        assertThat(read).as("stated facts read").isGreaterThan(100);
    }

    @Test
    void theFactPathOfEveryReaderIsTheModelsOwnOnEveryReadOfEverySubject() throws Exception {
        // an entity's reader reads its id itself once it has learned the path's shape: the first read and
        // every later one must give the path the model gives
        int entityPaths = 0;
        for (long seed = 21; seed <= 40; seed++) {
            for (Object subject : FactModel.get().flatten(RandomWorkloads.generate(seed))) {
                if (subject instanceof Workload) {
                    continue; // the document itself is not a section
                }
                Class<?> readers = Class.forName(READERS + subject.getClass().getSimpleName() + "_");
                for (RecordComponent rc : subject.getClass().getRecordComponents()) {
                    @SuppressWarnings("unchecked")
                    Read<Object, ?> reader = (Read<Object, ?>) readers.getField(rc.getName()).get(null);
                    String expected = FactModel.get().factPath(subject, rc.getName());
                    for (int read = 0; read < 2; read++) {
                        assertThat(Facts.fact(subject, reader).path()).as(reader.name()).isEqualTo(expected);
                    }
                    entityPaths += expected.contains("[") ? 1 : 0;
                }
            }
        }
        assertThat(entityPaths).as("entity fact paths compared").isGreaterThan(200);
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent rc : record.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        throw new AssertionError(record + " has no component " + name);
    }

    private static List<String> names(RecordComponent[] components) {
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : components) {
            names.add(rc.getName());
        }
        return names;
    }

    private static Type boxed(Type t) {
        if (t == boolean.class) return Boolean.class;
        if (t == int.class) return Integer.class;
        if (t == long.class) return Long.class;
        if (t == double.class) return Double.class;
        return t;
    }

    /** Records of the model reachable from the workload, found independently of the generator. */
    private static Set<Class<?>> records() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(Workload.class));
        while (!todo.isEmpty()) {
            Type t = todo.poll();
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && c.isRecord() && c.getPackageName().equals(Workload.class.getPackageName())
                    && seen.add(c)) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.add(rc.getGenericType());
                }
            }
        }
        return seen;
    }
}
