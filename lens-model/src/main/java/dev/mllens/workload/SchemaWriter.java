package dev.mllens.workload;

import dev.mllens.workload.FactModel.Component;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON Schema of the workload document from the {@link FactModel}. The mapping of Java types
 * to schema is the reader's: Boolean to boolean, Integer to integer, Double to number, an enum to its
 * constant names, {@code Set<E>} to an array of unique items, {@code List<String>} to an array of
 * non-empty strings, {@code Map<K, V>} to an object keyed by K, an {@link Attestation} to a boolean or an
 * object, a record to an object without additional properties. lens-model has no JSON library, so the text
 * is written here (two-space indentation).
 */
final class SchemaWriter {

    private SchemaWriter() {
    }

    static String write(FactModel model) {
        Map<String, Object> defs = new LinkedHashMap<>();
        for (Class<?> type : model.valueTypes()) {
            defs.put(type.getSimpleName(), definition(model, type));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:mllens:workload");
        root.put("title", "mllens workload");
        root.put("description", Workload.class.getAnnotation(Fact.class).value());
        root.put("type", "object");
        root.put("additionalProperties", false);
        root.put("required", required(model, Workload.class));
        Map<String, Object> props = new LinkedHashMap<>();
        // editors bind a document to its schema with this key; the reader accepts and ignores it
        props.put("$schema", obj("type", "string", "description", "The schema the document follows, for editors; ignored by mllens."));
        for (Component c : model.components(Workload.class)) {
            FactModel.Section s = model.section(c);
            if (s == null) {
                props.put(c.name(), property(c));
            } else if (s.list()) {
                props.put(c.name(), described(obj("type", "array", "items", ref(s.type())), s.meaning()));
            } else {
                props.put(c.name(), described(ref(s.type()), s.meaning()));
            }
        }
        root.put("properties", props);
        root.put("$defs", defs);
        StringBuilder out = new StringBuilder();
        value(out, root, "");
        return out.append('\n').toString();
    }

    private static Map<String, Object> definition(FactModel model, Class<?> type) {
        String meaning = type.getAnnotation(Fact.class).value();
        if (type.isEnum()) {
            return obj("description", meaning, "type", "string",
                    "enum", Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (Component c : model.components(type)) {
            props.put(c.name(), property(c));
        }
        Map<String, Object> object = obj("type", "object", "additionalProperties", false);
        List<String> required = required(model, type);
        if (!required.isEmpty()) {
            object.put("required", required);
        }
        object.put("properties", props);
        if (type == Attestation.class) {
            return obj("description", meaning, "oneOf", List.of(obj("type", "boolean"), object));
        }
        Map<String, Object> def = obj("description", meaning);
        def.putAll(object);
        return def;
    }

    private static List<String> required(FactModel model, Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Component c : model.components(type)) {
            if (c.fact() != null && c.fact().required()) {
                out.add(c.name());
            }
        }
        return out;
    }

    private static Map<String, Object> property(Component c) {
        Type t = c.type();
        Class<?> raw = FactModel.raw(t);
        Fact fact = c.fact();
        Map<String, Object> s;
        if (raw == java.util.Set.class) {
            s = obj("type", "array", "uniqueItems", true, "items", ref(FactModel.raw(FactModel.argument(t, 0))));
        } else if (raw == List.class) {
            s = obj("type", "array", "items", obj("type", "string", "minLength", 1));
        } else if (raw == Map.class) {
            s = obj("type", "object", "propertyNames", ref(FactModel.raw(FactModel.argument(t, 0))),
                    "additionalProperties", ref(FactModel.raw(FactModel.argument(t, 1))));
        } else if (raw.isEnum() || raw.isRecord()) {
            s = ref(raw);
        } else if (raw == Boolean.class || raw == boolean.class) {
            s = obj("type", "boolean");
        } else if (raw == String.class) {
            s = fact.required() ? obj("type", "string", "minLength", 1) : obj("type", "string");
        } else if (raw == Integer.class || raw == Double.class) {
            s = obj("type", raw == Integer.class ? "integer" : "number");
            if (fact.min() != Double.NEGATIVE_INFINITY) {
                s.put("minimum", whole(fact.min()));
            }
            if (fact.max() != Double.POSITIVE_INFINITY) {
                s.put("maximum", whole(fact.max()));
            }
        } else {
            throw new IllegalStateException("no schema for " + t + " of " + c.name());
        }
        return described(s, fact.value());
    }

    private static Object whole(double d) {
        return d == Math.rint(d) ? (Object) (long) d : (Object) d;
    }

    private static Map<String, Object> ref(Class<?> type) {
        return obj("$ref", "#/$defs/" + type.getSimpleName());
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static void value(StringBuilder out, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(inner);
                string(out, (String) e.getKey());
                out.append(": ");
                value(out, e.getValue(), inner);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < l.size(); i++) {
                out.append(inner);
                value(out, l.get(i), inner);
                out.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (v instanceof String s) {
            string(out, s);
        } else {
            out.append(v);
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
