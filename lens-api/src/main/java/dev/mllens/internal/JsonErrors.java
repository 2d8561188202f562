package dev.mllens.internal;

import dev.mllens.json.ReadLimits;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.report.SafeText;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.InvalidWorkloadException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into one-line errors that name the JSON path and the problem in the
 * project's words: never a Java class, a Jackson feature or an exception name, and every value quoted
 * from the document made visible and cut.
 */
@API(status = API.Status.INTERNAL)
public final class JsonErrors {

    private JsonErrors() {
    }

    public static WorkloadFormatException translate(JacksonException e) {
        return translate(e, "JSON", ReadLimits.defaults());
    }

    /** As {@link #translate(JacksonException)}, naming {@code syntax} (JSON or YAML) in syntax errors. */
    public static WorkloadFormatException translate(JacksonException e, String syntax, ReadLimits limits) {
        String path = path(e);
        if (e instanceof ReadProblem p) {
            return new WorkloadFormatException(path, p.problem(), e);
        }
        if (e instanceof ValueInstantiationException) {
            return e.getCause() instanceof InvalidWorkloadException iw
                    ? new WorkloadFormatException(path + "." + iw.field(), iw.problem(), e)
                    : new WorkloadFormatException(path, "not a valid value here", e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new WorkloadFormatException(path, "unknown field " + SafeText.quoted(u.getPropertyName())
                    + (list.isEmpty() ? "" : " (known fields: " + list + ")"), e);
        }
        if (e instanceof InvalidNullException) {
            return new WorkloadFormatException(path, "must not be null", e);
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            return new WorkloadFormatException(path, "invalid value " + quote(f.getValue()) + ", expected "
                    + (target == null ? "another value" : describe(target)), e);
        }
        if (e instanceof MismatchedInputException m) {
            return new WorkloadFormatException(path, mismatch(m), e);
        }
        if (e instanceof StreamReadException sre) {
            return syntax(sre, path, syntax, limits);
        }
        if (e instanceof StreamConstraintsException) {
            return new WorkloadFormatException(path, overLimit(String.valueOf(e.getOriginalMessage()), limits), e);
        }
        return new WorkloadFormatException(path, "cannot be read", e);
    }

    /** An error of the document's syntax, or of a limit the parser enforces, at the parser's position. */
    private static WorkloadFormatException syntax(StreamReadException e, String path, String syntax, ReadLimits limits) {
        JsonParser parser = e.processor();
        if (parser != null && "$".equals(path)) {
            path = path(parser.streamReadContext());
        }
        if (e instanceof InputCoercionException) {
            return new WorkloadFormatException(path, "whole number out of range (at most " + Integer.MAX_VALUE + ")", e);
        }
        MarkedYamlEngineException yaml = yamlCause(e);
        if (yaml != null && yaml.getProblemMark().isPresent()) {
            // the YAML scanner knows where the problem is; Jackson only knows the last good token
            Mark at = yaml.getProblemMark().get();
            return new WorkloadFormatException(path, "malformed YAML at column " + (at.getColumn() + 1) + ": "
                    + SafeText.cut(String.valueOf(yaml.getProblem()).strip(), SafeText.QUOTE_LIMIT), at.getLine() + 1, e);
        }
        String what = describeSyntax(String.valueOf(e.getOriginalMessage()));
        TokenStreamLocation loc = e.getLocation();
        if ("YAML".equals(syntax) && loc != null && loc.getLineNr() > 0) {
            return new WorkloadFormatException(path, "malformed YAML at column " + loc.getColumnNr() + ": " + what,
                    loc.getLineNr(), e);
        }
        String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new WorkloadFormatException(path, "malformed " + syntax + where + ": " + what, e);
    }

    /** Which limit the parser stopped at, from the start of its message (the only place it says which). */
    public static String overLimit(String message, ReadLimits limits) {
        if (message.startsWith("String value length")) {
            return "a string longer than " + limits.maxStringLength() + " characters, the limit on one string";
        }
        if (message.startsWith("Name length")) {
            return "a field name longer than " + limits.maxStringLength() + " characters, the limit on one string";
        }
        if (message.startsWith("Document nesting depth")) {
            return "nested more than " + limits.maxDepth() + " levels deep, the limit on nesting";
        }
        if (message.startsWith("Document length")) {
            return "the document is longer than " + limits.maxDocumentLength() + " characters, the limit on one document";
        }
        if (message.startsWith("Number value length")) {
            return "a number with too many digits";
        }
        return "the document is over a reading limit";
    }

    /**
     * The parser's syntax messages in the project's words. Each pattern captures the part worth quoting;
     * a message matching none becomes a plain "not valid here", never the parser's own text.
     */
    private static final Map<Pattern, String> SYNTAX = syntaxMessages();

    private static Map<Pattern, String> syntaxMessages() {
        Map<Pattern, String> m = new java.util.LinkedHashMap<>();
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\):.*comment"), "comments are not allowed");
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\):.*double-quote to start field name"),
                "unexpected character %s: a field name must be in double quotes");
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\):.*comma to separate Object"),
                "unexpected character %s: expected a comma or } after a field");
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\):.*comma to separate Array"),
                "unexpected character %s: expected a comma or ] after an item");
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\):.*colon"),
                "unexpected character %s: expected a colon after the field name");
        m.put(Pattern.compile("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\)"), "unexpected character %s where a value belongs");
        m.put(Pattern.compile("^Non-standard token '(.*?)'"), "%s is not a number JSON allows");
        m.put(Pattern.compile("^Unrecognized token '(.*?)'"),
                "unexpected word %s (strings need double quotes; true, false and null are lower case)");
        m.put(Pattern.compile("^Unexpected end-of-input"), "the document ends early: an object, array or string is not closed");
        m.put(Pattern.compile("^Duplicate (?:Object property|field) [\"'](.*?)[\"']"), "duplicate field %s");
        m.put(Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)"),
                "control character %s in a string: write it as an escape");
        m.put(Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)"), "control character %s outside a string");
        m.put(Pattern.compile("^Unrecognized character escape '(.*?)'"), "invalid escape %s in a string");
        m.put(Pattern.compile("^Invalid numeric value: Leading zeroes"), "a number must not start with 0");
        m.put(Pattern.compile("^Invalid numeric value: (?:Missing|Leading|Trailing).*"), "invalid number");
        m.put(Pattern.compile("^Unexpected close marker '(.*?)'"), "unexpected %s");
        m.put(Pattern.compile("^Invalid UTF-8"), "not valid UTF-8");
        return m;
    }

    static String describeSyntax(String message) {
        for (Map.Entry<Pattern, String> e : SYNTAX.entrySet()) {
            Matcher matcher = e.getKey().matcher(message);
            if (matcher.find()) {
                if (matcher.groupCount() == 0) {
                    return e.getValue();
                }
                String part = matcher.group(1);
                return String.format(e.getValue(), part.chars().allMatch(Character::isDigit) ? "(code " + part + ")" : SafeText.quoted(part));
            }
        }
        return "not valid here";
    }

    private static MarkedYamlEngineException yamlCause(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYamlEngineException m) {
                return m;
            }
        }
        return null;
    }

    /** A value of the wrong kind: what was expected, and what the document has there. */
    private static String mismatch(MismatchedInputException m) {
        Class<?> target = m.getTargetType();
        JsonToken got = m.getCurrentToken();
        if (target == null) {
            return got == null ? "the document ends early" : "not valid here, " + ReadProblem.got(got);
        }
        return "expected " + describe(target) + (got == null ? "" : ", " + ReadProblem.got(got));
    }

    /** What a value of {@code t} looks like in a document, in words. */
    static String describe(Class<?> t) {
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (t == Double.class || t == double.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == Attestation.class) {
            return "true, false or an attestation object";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** A value from the document, quoted and cut so that no input can make the message long or multi-line. */
    private static String quote(Object v) {
        return v instanceof String ? SafeText.quoted(v) : SafeText.visible(SafeText.cut(String.valueOf(v), SafeText.QUOTE_LIMIT));
    }

    /** The JSON path of the parser's position, for errors raised while reading tokens. */
    public static String path(TokenStreamContext ctx) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.push("." + SafeText.visible(SafeText.cut(c.currentName(), SafeText.QUOTE_LIMIT)));
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
                s.append('.').append(SafeText.visible(SafeText.cut(r.getPropertyName(), SafeText.QUOTE_LIMIT)));
            }
        }
        return s.toString();
    }
}
