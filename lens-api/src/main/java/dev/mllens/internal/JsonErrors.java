package dev.mllens.internal;

import dev.mllens.json.WorkloadFormatException;
import dev.mllens.report.SafeText;
import dev.mllens.workload.InvalidWorkloadException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into one-line errors that name the JSON path and the problem. */
@API(status = API.Status.INTERNAL)
public final class JsonErrors {

    private JsonErrors() {
    }

    public static WorkloadFormatException translate(JacksonException e) {
        return translate(e, "JSON");
    }

    /** As {@link #translate(JacksonException)}, naming {@code syntax} (JSON or YAML) in syntax errors. */
    public static WorkloadFormatException translate(JacksonException e, String syntax) {
        String path = path(e);
        // parse errors carry no binding path: take it from the parser's position below
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidWorkloadException iw) {
            return new WorkloadFormatException(path + "." + iw.field(), iw.problem(), e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new WorkloadFormatException(path, "unknown field '" + SafeText.visible(
                    SafeText.cut(u.getPropertyName(), SafeText.QUOTE_LIMIT)) + "'"
                    + (list.isEmpty() ? "" : " (known fields: " + list + ")"), e);
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String expected = target == null ? "another value" : describe(target);
            return new WorkloadFormatException(path, "invalid value " + quote(f.getValue()) + ", expected " + expected, e);
        }
        if (e instanceof MismatchedInputException m) {
            return new WorkloadFormatException(path, mismatch(m), e);
        }
        if (e instanceof StreamReadException sre) {
            JsonParser parser = sre.processor();
            if (parser != null && "$".equals(path)) {
                path = path(parser.streamReadContext());
            }
            TokenStreamLocation loc = e.getLocation();
            MarkedYamlEngineException yaml = yamlCause(e);
            if (yaml != null && yaml.getProblemMark().isPresent()) {
                // the YAML scanner knows where the problem is; Jackson only knows the last good token
                Mark at = yaml.getProblemMark().get();
                return new WorkloadFormatException(path, "malformed YAML at column " + (at.getColumn() + 1) + ": "
                        + String.valueOf(yaml.getProblem()).strip(), at.getLine() + 1, e);
            }
            String what = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            if ("YAML".equals(syntax) && loc != null && loc.getLineNr() > 0) {
                return new WorkloadFormatException(path, "malformed YAML at column " + loc.getColumnNr() + ": " + what,
                        loc.getLineNr(), e);
            }
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            return new WorkloadFormatException(path, "malformed " + syntax + where + ": " + what, e);
        }
        return new WorkloadFormatException(path, e.getOriginalMessage(), e);
    }

    private static MarkedYamlEngineException yamlCause(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException m) {
                return m;
            }
        }
        return null;
    }

    private static String mismatch(MismatchedInputException m) {
        String original = m.getOriginalMessage();
        Class<?> target = m.getTargetType();
        if (target == null || original == null) {
            return String.valueOf(original);
        }
        if (original.startsWith("Cannot deserialize") || original.startsWith("Cannot coerce")) {
            return "expected " + describe(target);
        }
        return original;
    }

    private static String describe(Class<?> t) {
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == Integer.class || t == int.class || t == Long.class) {
            return "a whole number";
        }
        if (t == Double.class || t == double.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        return "an object (" + t.getSimpleName() + ")";
    }

    /** A value from the document, quoted and cut so that no input can make the message long or multi-line. */
    private static String quote(Object v) {
        return v instanceof String ? SafeText.quoted(v) : SafeText.cut(String.valueOf(v), SafeText.QUOTE_LIMIT);
    }

    /** The JSON path of the parser's position, for errors raised while reading tokens. */
    private static String path(TokenStreamContext ctx) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        return "$" + String.join("", parts);
    }

    static String path(JacksonException e) {
        StringBuilder s = new StringBuilder("$");
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            } else if (r.getPropertyName() != null) {
                s.append('.').append(r.getPropertyName());
            }
        }
        return s.toString();
    }
}
