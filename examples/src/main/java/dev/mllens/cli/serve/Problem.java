package dev.mllens.cli.serve;

import dev.mllens.json.DocumentFormatException;
import java.util.Map;

/**
 * A request the server refuses, with the status and the error body it answers:
 * <code>{"error": {"path": "$.endpoints[1]...", "problem": "..."}}</code> for a bad document (the path and
 * problem the command line prints), {@code parameter} for a bad query parameter, the problem alone otherwise.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String path;
    private final int line;
    private final String parameter;
    private final transient Map<String, String> headers;

    private Problem(int status, String path, int line, String parameter, String problem, Map<String, String> headers) {
        super(problem, null, false, false);
        this.status = status;
        this.path = path;
        this.line = line;
        this.parameter = parameter;
        this.headers = Map.copyOf(headers);
    }

    /** A refusal with no place in the request to point at. */
    static Problem of(int status, String problem) {
        return new Problem(status, null, 0, null, problem, Map.of());
    }

    /** A refusal that also sets response headers ({@code Allow}, {@code Retry-After}). */
    static Problem of(int status, String problem, Map<String, String> headers) {
        return new Problem(status, null, 0, null, problem, headers);
    }

    /** 400: the workload document is wrong at a JSON path (and, for YAML, a line). */
    static Problem inDocument(DocumentFormatException e) {
        return new Problem(400, e.path(), e.line(), null, e.problem(), Map.of());
    }

    /** 400: the document as a whole, e.g. bytes that are not UTF-8. */
    static Problem inDocument(String problem) {
        return new Problem(400, "$", 0, null, problem, Map.of());
    }

    /** 400: a query parameter is wrong. */
    static Problem inParameter(String name, String problem) {
        return new Problem(400, null, 0, name, problem, Map.of());
    }

    int status() {
        return status;
    }

    /** The JSON path of the bad value in the body, or null. */
    String path() {
        return path;
    }

    /** The 1-based line of the bad value in a YAML body, or 0. */
    int line() {
        return line;
    }

    /** The bad query parameter, or null. */
    String parameter() {
        return parameter;
    }

    String problem() {
        return getMessage();
    }

    Map<String, String> headers() {
        return headers;
    }
}
