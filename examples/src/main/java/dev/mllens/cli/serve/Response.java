package dev.mllens.cli.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mllens.report.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server answers: a status, a media type and the whole body (every body is small enough to be
 * rendered before the first byte is sent, so its length is always known), and extra headers.
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Response {
        headers = Map.copyOf(headers);
    }

    /** A text body in UTF-8; {@code mediaType} without parameters. */
    static Response text(int status, String mediaType, String body, Map<String, String> headers) {
        return new Response(status, mediaType + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Response json(int status, Object value) {
        return text(status, JSON, MAPPER.writeValueAsString(value) + "\n", Map.of());
    }

    /**
     * The error body of a refusal. Path and problem are made visible and cut as on the command line, whose
     * messages they are; JSON escaping alone would let a bidi override reorder a page that shows them.
     */
    static Response error(Problem p) {
        String path = p.path() == null ? null : SafeText.line(p.path());
        String parameter = p.parameter() == null ? null : SafeText.line(p.parameter());
        Error error = new Error(path, p.line() > 0 ? p.line() : null, parameter, SafeText.line(p.problem()));
        Response r = json(p.status(), new ErrorBody(error));
        return new Response(r.status(), r.contentType(), r.body(), p.headers());
    }

    /** The error body: one object named {@code error}, so that a client tells it from a report at a glance. */
    record ErrorBody(Error error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"path", "line", "parameter", "problem"})
    record Error(String path, Integer line, String parameter, String problem) {
    }
}
