package dev.mllens.cli.serve;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.mllens.workload.WorkloadSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document of the service, read as a client generator would: its operations, its
 * responses (references resolved) and their schemas, which validate real responses with a standard JSON
 * Schema validator (networknt, OpenAPI 3.1 dialect), so that the document cannot drift from the server.
 */
final class OpenApi {

    static final Path FILE = Path.of("src/main/resources/dev/mllens/cli/serve/openapi.json");

    /** Where the document pretends to be served, so that its relative {@code $ref} to the workload schema resolves. */
    static final String BASE = "https://mllens.test/v1/openapi.json";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    final String text;
    final JsonNode root;
    private final SchemaRegistry registry;

    private OpenApi(String text) {
        this.text = text;
        this.root = JsonMapper.builder().build().readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(
                BASE, text, URI.create(BASE).resolve("schema/workload").toString(), WorkloadSchema.json())));
    }

    static OpenApi load() {
        try {
            return new OpenApi(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation as {@code METHOD path}. */
    Set<String> operations() {
        Set<String> out = new LinkedHashSet<>();
        root.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream().filter(METHODS::contains)
                .forEach(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return out;
    }

    /** The documented statuses of an operation, as {@code METHOD path STATUS}. */
    Set<String> responses() {
        Set<String> out = new LinkedHashSet<>();
        for (String op : operations()) {
            operation(op).get("responses").propertyNames().forEach(status -> out.add(op + " " + status));
        }
        return out;
    }

    private JsonNode operation(String op) {
        String[] parts = op.split(" ", 2);
        return root.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
    }

    /** JSON pointer of a response of an operation, through its {@code $ref} when it has one; null if undocumented. */
    String responsePointer(String op, int status) {
        String[] parts = op.split(" ", 2);
        JsonNode r = operation(op).get("responses").get(String.valueOf(status));
        if (r == null) {
            return null;
        }
        if (r.has("$ref")) {
            return r.get("$ref").asString().substring(1);
        }
        return "/paths/" + escape(parts[1]) + "/" + parts[0].toLowerCase(Locale.ROOT) + "/responses/" + status;
    }

    JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /**
     * What is wrong with a response as the document describes the response at {@code pointer}: its media
     * type must be one of the response's content, and a JSON body must validate against its schema.
     */
    List<String> problems(String pointer, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = at(pointer).get("content");
        if (content == null || !content.has(media)) {
            problems.add("media type " + media + " is not documented at " + pointer);
            return problems;
        }
        if (media.endsWith("json")) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + "#" + pointer + "/content/" + escape(media) + "/schema"));
            schema.validate(body, InputFormat.JSON).forEach(e -> problems.add(pointer + ": " + e));
        }
        return problems;
    }

    /** What is wrong with {@code document} as the document's schema at {@code pointer} sees it. */
    List<String> validate(String pointer, String document) {
        return registry.getSchema(SchemaLocation.of(BASE + "#" + pointer)).validate(document, InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
