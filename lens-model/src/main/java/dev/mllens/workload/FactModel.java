package dev.mllens.workload;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The workload fact model as the records declare it, read once by reflection from {@link Workload}: its
 * sections, its entity lists and every fact with its path, type, range and meaning (the {@link Fact}
 * annotations). It is the one source behind {@link FactDocs}, {@link WorkloadSchema}, the value checks of
 * a workload and the paths the rules cite, so they cannot disagree with the records.
 *
 * <p>Paths are written as in findings: sections by name ({@code training.platform}), list items by id
 * ({@code datasets[transactions].versioned}; {@code []} in the model's own listing), nested records by
 * component ({@code endpoints[fraud-api].autoScaling.enabled}) and map keys in brackets
 * ({@code governance.reviewCadence[FAIRNESS]}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FactModel {

    /** A map key or entity id at the end of a path, {@code [FAIRNESS]}; then any other, {@code [tx]}. */
    private static final Pattern LAST_KEY = Pattern.compile("\\[[^\\]]*\\]$");
    private static final Pattern ANY_KEY = Pattern.compile("\\[[^\\]]*\\]");
    // after the patterns: building the model may look facts up
    private static final FactModel MODEL = new FactModel();

    /** A top-level part of the workload document: a singleton section or a list of entities. */
    public record Section(String name, Class<? extends Record> type, boolean list, String meaning) {
    }

    /**
     * One fact: a leaf of the document (a value, a set, a list, a map or an attestation).
     *
     * @param path the path, with {@code []} for list items, e.g. {@code endpoints[].autoScaling.enabled}
     * @param name the record component's name
     * @param owner the record that declares it
     * @param type its Java type, with type arguments
     * @param meaning its {@link Fact} text
     * @param required whether it must be stated
     * @param min the smallest value a number may take ({@code -Infinity} when unbounded)
     * @param max the largest value a number may take ({@code Infinity} when unbounded)
     */
    public record FactInfo(String path, String name, Class<? extends Record> owner, Type type, String meaning,
            boolean required, double min, double max) {

        /** The raw class of the fact's type. */
        public Class<?> rawType() {
            return raw(type);
        }
    }

    /** A record component with what the walk over a workload needs to know of it. */
    record Component(String name, Method accessor, Type type, Fact fact) {

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name, e.getCause());
            }
        }

        boolean isRecord() {
            return raw(type).isRecord() && raw(type) != Attestation.class;
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private final Map<Class<?>, Section> sectionOfType = new HashMap<>();
    private final Map<String, FactInfo> facts = new LinkedHashMap<>();
    private final Map<Class<?>, List<Component>> components = new HashMap<>();
    private final Set<Class<?>> valueTypes = new LinkedHashSet<>();
    private final Map<Class<?>, Component> ids = new HashMap<>();
    private final boolean complete;

    private FactModel() {
        for (Component c : components(Workload.class)) {
            Class<?> raw = raw(c.type());
            boolean list = raw == List.class && raw(argument(c.type(), 0)).isRecord();
            if (!list && !c.isRecord()) {
                continue; // id, name, description: properties of the document, not facts
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> type = (Class<? extends Record>) (list ? raw(argument(c.type(), 0)) : raw);
            Section s = new Section(c.name(), type, list, meaningOf(c.fact(), type));
            sections.add(s);
            sectionOfType.put(type, s);
            valueTypes.add(type);
            collect(type, c.name() + (list ? "[]" : ""));
        }
        for (Section s : sections) {
            if (s.list()) {
                Component id = components(s.type()).stream().filter(c -> c.name().equals("id")).findFirst()
                        .orElseThrow(() -> new IllegalStateException(s.type().getSimpleName() + " is listed but has no id"));
                ids.put(s.type(), id);
            }
        }
        components(Attestation.class);
        complete = true; // from here on the model is only read, by any number of threads
    }

    /** The model of this release's records. */
    public static FactModel get() {
        return MODEL;
    }

    /** The sections and entity lists of the document, in document order. */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** Every fact of every section, in document order. */
    public List<FactInfo> facts() {
        return List.copyOf(facts.values());
    }

    /**
     * The fact at {@code path}: list items may be named by id or index or written {@code []}, and a map
     * key in brackets at the end names an entry of the map fact.
     */
    public Optional<FactInfo> fact(String path) {
        // asked for every fact a finding asks for: the patterns are compiled once, and skipped for a section's
        // fact, which has no brackets for them to match
        String key = path.indexOf('[') < 0 ? path
                : ANY_KEY.matcher(LAST_KEY.matcher(path).replaceAll("")).replaceAll("[]");
        return Optional.ofNullable(facts.get(key));
    }

    /** The enums and records that facts take as values or sections, in order of first use. */
    public Set<Class<?>> valueTypes() {
        return Collections.unmodifiableSet(valueTypes);
    }

    /**
     * Where a section or an entity sits in the document: {@code training} for the training section,
     * {@code datasets[transactions]} for a dataset. Throws for any other object.
     */
    public String subjectPath(Object subject) {
        Section s = sectionOf(subject);
        return s.list() ? s.name() + "[" + ids.get(s.type()).read(subject) + "]" : s.name();
    }

    /**
     * The path of a component of a section or entity, {@code datasets[tx].versioned}: what
     * {@code subjectPath(subject) + "." + component} gives, made in one piece, since rules make one for
     * every fact of an entity they read.
     */
    public String factPath(Object subject, String component) {
        Section s = sectionOf(subject);
        return s.list() ? s.name() + "[" + ids.get(s.type()).read(subject) + "]." + component : s.name() + "." + component;
    }

    private Section sectionOf(Object subject) {
        Section s = sectionOfType.get(subject.getClass());
        if (s == null) {
            throw new IllegalArgumentException(subject.getClass().getName() + " is not a section or entity of the workload");
        }
        return s;
    }

    /** The section a record type is, if it is one. */
    public Optional<Section> section(Class<?> type) {
        return Optional.ofNullable(sectionOfType.get(type));
    }

    /**
     * The workload and everything in it as separate objects, in document order: the workload itself, each
     * singleton section, and each entity of each list.
     */
    public List<Object> flatten(Workload workload) {
        List<Object> out = new ArrayList<>();
        out.add(workload);
        for (Component c : components(Workload.class)) {
            Section s = section(c);
            if (s == null) {
                continue;
            }
            Object value = c.read(workload);
            if (s.list()) {
                out.addAll((List<?>) value);
            } else {
                out.add(value);
            }
        }
        return out;
    }

    /** The components of a record type, read once. */
    List<Component> components(Class<?> type) {
        List<Component> known = components.get(type);
        if (known != null) {
            return known;
        }
        if (complete) {
            throw new IllegalArgumentException(type.getName() + " is not part of the workload fact model");
        }
        return components.computeIfAbsent(type, t -> {
            List<Component> out = new ArrayList<>();
            for (RecordComponent rc : t.getRecordComponents()) {
                Method accessor = rc.getAccessor();
                // a public accessor of a public record: skipping the access check on every read (an entity's id
                // is read for every fact path of it) is safe, and where the module does not allow it, the
                // check simply stays
                accessor.trySetAccessible();
                out.add(new Component(rc.getName(), accessor, rc.getGenericType(), rc.getAnnotation(Fact.class)));
            }
            return List.copyOf(out);
        });
    }

    /** The section a component of {@link Workload} holds, or null for the document's own properties. */
    Section section(Component workloadComponent) {
        for (Section s : sections) {
            if (s.name().equals(workloadComponent.name())) {
                return s;
            }
        }
        return null;
    }

    private void collect(Class<? extends Record> type, String prefix) {
        for (Component c : components(type)) {
            if (c.fact() == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.name() + " has no @Fact: say what it means");
            }
            String path = prefix + "." + c.name();
            if (c.isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> nested = (Class<? extends Record>) raw(c.type());
                valueTypes.add(nested);
                collect(nested, path);
                continue;
            }
            noteValueTypes(c.type());
            facts.put(path, new FactInfo(path, c.name(), type, c.type(), c.fact().value(), c.fact().required(),
                    c.fact().min(), c.fact().max()));
        }
    }

    private void noteValueTypes(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                noteValueTypes(a);
            }
            return;
        }
        Class<?> c = raw(type);
        if (c.isEnum() || c == Attestation.class) {
            if (c.getAnnotation(Fact.class) == null) {
                throw new IllegalStateException(c.getSimpleName() + " has no @Fact: say what it means");
            }
            valueTypes.add(c);
        }
    }

    private static String meaningOf(Fact onComponent, Class<?> type) {
        if (onComponent != null) {
            return onComponent.value();
        }
        Fact onType = type.getAnnotation(Fact.class);
        if (onType == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @Fact: say what it means");
        }
        return onType.value();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported fact type " + type);
    }

    static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
