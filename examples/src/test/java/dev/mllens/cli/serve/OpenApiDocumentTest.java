package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mllens.MlLens;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed OpenAPI document: valid by the OpenAPI Initiative's own schema, every Schema Object in it a
 * valid JSON Schema, its operations the server's routes, and every response it documents produced by the
 * server, while every response the server produces matches what it documents (status, media type, body).
 */
class OpenApiDocumentTest {

    private static final OpenApi DOC = OpenApi.load();
    private static final String SAMPLE = Samples.fraudDetectionJson();
    private static final String LENS_ARN = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b";

    private static final Schema OPENAPI_31 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(resource("openapi-3.1-schema-2022-10-07.json"));

    private static String resource(String name) {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> violations(String document) {
        return OPENAPI_31.validate(document, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    @Test
    void theDocumentIsValidByTheOfficialOpenApi31Schema() {
        assertThat(DOC.root.get("openapi").asString()).startsWith("3.1.");
        assertThat(violations(DOC.text)).isEmpty();
    }

    @Test
    void theOfficialSchemaIsNoRubberStamp() {
        ObjectNode broken = (ObjectNode) JsonMapper.builder().build().readTree(DOC.text);
        ((ObjectNode) broken.get("info")).remove("version");
        ((ObjectNode) broken.at("/paths/~1healthz/get/responses/200")).remove("description");
        ((ObjectNode) broken.at("/paths/~1healthz/get")).put("colour", "blue");
        List<String> v = violations(broken.toString());
        assertThat(v).anyMatch(m -> m.contains("version")).anyMatch(m -> m.contains("description"))
                .anyMatch(m -> m.contains("colour"));
    }

    @Test
    void everySchemaObjectIsAValidJsonSchema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<JsonNode> schemas = new ArrayList<>();
        collectSchemas(DOC.root, schemas);
        assertThat(schemas).hasSizeGreaterThan(30);
        for (JsonNode schema : schemas) {
            assertThat(metaSchema.validate(schema)).as(schema.toString()).isEmpty();
        }
        assertThat(metaSchema.validate(JsonMapper.builder().build().readTree("{\"type\": \"strnig\"}"))).isNotEmpty();
    }

    /** Every value of a {@code schema} key, and every entry of {@code components.schemas}. */
    private static void collectSchemas(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("schema")) {
                    out.add(e.getValue());
                } else if (e.getKey().equals("schemas") && node == DOC.root.get("components")) {
                    e.getValue().forEach(out::add);
                } else {
                    collectSchemas(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectSchemas(n, out));
        }
    }

    @Test
    void itsOperationsAreTheServersRoutes() {
        Set<String> routes = Arrays.stream(Route.values()).map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(DOC.operations())).isEqualTo(routes);
    }

    @Test
    void theRequestBodyIsTheServedWorkloadSchema() {
        String ref = DOC.at("/components/schemas/Workload/$ref").asString();
        assertThat(URI.create("http://localhost:8080/v1/openapi.json").resolve(ref).getPath()).isEqualTo(Route.WORKLOAD_SCHEMA.path());
        assertThat(DOC.validate("/components/schemas/Workload", SAMPLE)).isEmpty();
        assertThat(DOC.validate("/components/schemas/Workload", "{\"id\": \"w\", \"colour\": \"blue\"}")).isNotEmpty();
    }

    /** One request and the response the test expects of it: {@code METHOD path STATUS}, or {@code 404}. */
    private record Case(String expected, Call call) {
    }

    @FunctionalInterface
    private interface Call {
        Answer run(TestServer t) throws Exception;
    }

    /** A response reduced to what the document describes. */
    private record Answer(int status, String contentType, String body) {
        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        }

        static Answer of(TestServer.RawResponse r) {
            return new Answer(r.status(), r.header("Content-Type"), r.body());
        }
    }

    private static Call post(String pathAndQuery, String contentType, String accept, String body) {
        return t -> Answer.of(t.post(pathAndQuery, contentType, accept, body));
    }

    @Test
    void everyDocumentedResponseIsProducedAndEveryProducedResponseIsDocumented() throws Exception {
        String assess = "POST /v1/assessments ";
        List<Case> cases = new ArrayList<>();
        for (String accept : List.of("application/json", "text/html", "text/markdown", "application/sarif+json", "text/plain")) {
            cases.add(new Case(assess + 200, post("/v1/assessments", "application/json", accept, SAMPLE)));
        }
        cases.add(new Case(assess + 200, post("/v1/assessments?wa-lens-arn=" + LENS_ARN, "application/json",
                "application/vnd.mllens.wa-answers+json", SAMPLE)));
        cases.add(new Case(assess + 400, post("/v1/assessments", "application/json", null, "{\"id\": \"w\", \"colour\": 1}")));
        cases.add(new Case(assess + 400, post("/v1/assessments", "application/yaml", null, "id: w\ncontext:\n  regulated: 3\n")));
        cases.add(new Case(assess + 400, post("/v1/assessments?pillar=NONE", "application/json", null, SAMPLE)));
        cases.add(new Case(assess + 406, post("/v1/assessments", "application/json", "image/png", SAMPLE)));
        cases.add(new Case(assess + 413, t -> {
            try (TestServer.Raw raw = t.raw()) {
                return Answer.of(raw.write("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 99000000\r\n\r\n").read());
            }
        }));
        cases.add(new Case(assess + 415, post("/v1/assessments", "text/csv", null, SAMPLE)));
        cases.add(new Case(assess + 500, post("/v1/assessments", "application/json", null, "{\"id\": \"boom\"}")));
        cases.add(new Case("404", t -> Answer.of(t.get("/v2/assessments"))));
        for (Route r : Route.values()) {
            String op = r.method() + " " + r.path() + " ";
            if (r.method().equals("GET")) {
                cases.add(new Case(op + 200, t -> Answer.of(t.get(r.path()))));
                cases.add(new Case(op + 405, t -> Answer.of(t.send(HttpRequest.newBuilder(t.uri(r.path()))
                        .PUT(HttpRequest.BodyPublishers.ofString("x"))))));
            } else {
                cases.add(new Case(op + 405, t -> Answer.of(t.get(r.path()))));
            }
        }

        Assessor faulty = (w, o) -> {
            if (w.id().equals("boom")) {
                throw new IllegalStateException("on purpose");
            }
            return MlLens.engine().assess(w, o);
        };
        Set<String> produced = new LinkedHashSet<>();
        try (TestServer t = TestServer.start(ServerSettings.loopback(0), faulty)) {
            for (Case c : cases) {
                check(c.expected(), c.call().run(t), produced);
            }
        }
        // 503: one worker, no queue, and a request that holds the worker: every route is refused at once
        try (TestServer busy = TestServer.start(ServerSettings.loopback(0).withThreads(1, 0), faulty);
             TestServer.Raw holder = busy.raw()) {
            holder.write("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n{");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (busy.server.inFlight() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            for (Route r : Route.values()) {
                String op = r.method() + " " + r.path() + " 503";
                check(op, r.method().equals("GET") ? Answer.of(busy.get(r.path()))
                        : Answer.of(busy.post(r.path(), "application/json", null, SAMPLE)), produced);
            }
            holder.write("\"id\": \"x\"}");
        }
        assertThat(new TreeSet<>(produced)).as("documented responses the server was seen to produce")
                .isEqualTo(new TreeSet<>(DOC.responses()));
    }

    /** The answer has the expected status and matches the document's description of it. */
    private static void check(String expected, Answer a, Set<String> produced) {
        String[] parts = expected.split(" ");
        int status = Integer.parseInt(parts[parts.length - 1]);
        assertThat(a.status()).as(expected + ": " + a.body()).isEqualTo(status);
        String pointer = parts.length == 1 ? "/components/responses/NotFound"
                : DOC.responsePointer(parts[0] + " " + parts[1], status);
        assertThat(pointer).as(expected + " is documented").isNotNull();
        assertThat(DOC.problems(pointer, a.contentType(), a.body())).as(expected).isEmpty();
        if (parts.length > 1) {
            produced.add(expected);
        }
    }

    @Test
    void theDocumentDescribesTheQueryParametersTheServerReads() {
        Set<String> documented = new TreeSet<>();
        DOC.at("/paths/~1v1~1assessments/post/parameters").forEach(p -> documented.add(
                DOC.at(p.get("$ref").asString().substring(1)).get("name").asString()));
        assertThat(documented).isEqualTo(new TreeSet<>(AssessmentRequest.PARAMETERS));
        Map<String, Boolean> mediaTypes = new java.util.TreeMap<>();
        DOC.at("/paths/~1v1~1assessments/post/responses/200/content").propertyNames().forEach(m -> mediaTypes.put(m, true));
        assertThat(mediaTypes.keySet()).isEqualTo(Arrays.stream(ReportKind.values()).map(ReportKind::mediaType)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
