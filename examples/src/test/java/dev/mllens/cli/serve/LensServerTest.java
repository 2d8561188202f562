package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.cli.MlLensCli;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.report.Reports;
import dev.mllens.report.WorkloadFile;
import dev.mllens.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service at the HTTP level, on an ephemeral loopback port: each route, each refusal, and that its
 * answers are those of the command line (the same reports, the same error messages).
 */
class LensServerTest {

    private static final String SAMPLE = Samples.fraudDetectionJson();
    private static final String BAD_JSON = """
            {"id": "w", "endpoints": [{"id": "a"}, {"id": "b", "autoScaling": {"minInstances": 3, "maxInstances": 1}}]}
            """;
    private static final String BAD_YAML = "id: w\nendpoints:\n  - id: a\n  - id: b\n    autoScaling:\n      minInstances: 3\n      maxInstances: 1\n";
    private static final String LENS_ARN = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TestServer s;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        s = TestServer.start();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** What the command line prints on stdout; it must succeed. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlLensCli.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    /** The command line's one error line for a document, less {@code mllens: FILE: }. */
    private String cliError(String fileName, String document) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, document);
        StringWriter err = new StringWriter();
        int code = MlLensCli.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "assess", file.toString());
        assertThat(code).isEqualTo(2);
        String prefix = "mllens: " + file + ": ";
        assertThat(err.toString()).startsWith(prefix);
        return err.toString().strip().substring(prefix.length());
    }

    private static JsonNode error(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.propertyNames()).containsExactly("error");
        return body.get("error");
    }

    /** The error as the command line would print it after the file name. */
    private static String message(JsonNode error) {
        return error.get("path").asString() + ": " + error.get("problem").asString()
                + (error.has("line") ? " (line " + error.get("line").asInt() + ")" : "");
    }

    private static String query(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theJsonReportIsTheCommandLinesByteForByte() throws Exception {
        HttpResponse<String> r = s.post("/v1/assessments", "application/json", "application/json", SAMPLE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).isEqualTo(cli("assess", "--sample", "--format", "json"));
        // no Accept, or any type, is the JSON report too
        assertThat(s.post("/v1/assessments", "application/json", null, SAMPLE).body()).isEqualTo(r.body());
        assertThat(s.post("/v1/assessments", "application/json", "*/*", SAMPLE).body()).isEqualTo(r.body());
    }

    @Test
    void everyReportTheAcceptHeaderNamesIsTheCommandLinesFormat() throws Exception {
        Map<String, String> formats = Map.of("text/html", "html", "text/markdown", "markdown", "text/plain", "text");
        for (Map.Entry<String, String> f : formats.entrySet()) {
            HttpResponse<String> r = s.post("/v1/assessments", "application/json", f.getKey(), SAMPLE);
            assertThat(r.statusCode()).as(f.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(f.getKey() + "; charset=utf-8");
            assertThat(r.body()).as(f.getKey()).isEqualTo(cli("assess", "--sample", "--format", f.getValue()));
        }
        HttpResponse<String> wa = s.post("/v1/assessments?" + query("wa-lens-arn", LENS_ARN)
                + "&wa-workload-id=7d5c2a9e41b04f3c8e6a1b2c3d4e5f60", "application/json", "application/vnd.mllens.wa-answers+json", SAMPLE);
        assertThat(wa.statusCode()).isEqualTo(200);
        assertThat(wa.body()).isEqualTo(cli("assess", "--sample", "--format", "wa-answers", "--wa-lens-arn", LENS_ARN,
                "--wa-workload-id", "7d5c2a9e41b04f3c8e6a1b2c3d4e5f60"));
    }

    @Test
    void sarifPointsIntoThePostedDocumentUnderTheFileNameGiven() throws Exception {
        HttpResponse<String> r = s.post("/v1/assessments?file=ml/fraud.json", "application/json", "application/sarif+json", SAMPLE);
        assertThat(r.statusCode()).isEqualTo(200);
        Assessment a = MlLens.engine().assess(Samples.fraudDetection());
        assertThat(r.body()).isEqualTo(Reports.sarif(a, new WorkloadFile("ml/fraud.json",
                LensJson.readLocated(SAMPLE, DocumentSyntax.JSON).locations())));
        String yaml = cli("sample", "--format", "yaml");
        HttpResponse<String> fromYaml = s.post("/v1/assessments", "application/yaml", "application/sarif+json", yaml);
        assertThat(fromYaml.body()).isEqualTo(Reports.sarif(a, new WorkloadFile("workload.yaml",
                LensJson.readLocated(yaml, DocumentSyntax.YAML).locations())));
    }

    @Test
    void yamlBodiesAndBodiesOfNoStatedTypeAreReadLikeTheCommandLinesFiles() throws Exception {
        String report = cli("assess", "--sample", "--format", "json");
        String yaml = cli("sample", "--format", "yaml");
        for (String type : List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml; charset=UTF-8")) {
            assertThat(s.post("/v1/assessments", type, null, yaml).body()).as(type).isEqualTo(report);
        }
        // no Content-Type: JSON when the text starts with "{", YAML otherwise, as for standard input
        HttpRequest.Builder untyped = HttpRequest.newBuilder(s.uri("/v1/assessments")).POST(HttpRequest.BodyPublishers.ofString(yaml));
        assertThat(s.send(untyped).body()).isEqualTo(report);
        assertThat(s.send(HttpRequest.newBuilder(s.uri("/v1/assessments")).POST(HttpRequest.BodyPublishers.ofString(SAMPLE))).body())
                .isEqualTo(report);
    }

    @Test
    void scopeAndWaiversInTheQueryAreTheCommandLinesOptions() throws Exception {
        String waiver = "MLSEC05-BP01:OUT_OF_SCOPE:no online inference, batch only";
        HttpResponse<String> r = s.post("/v1/assessments?pillar=security,reliability&phase=DEPLOYMENT&" + query("waive", waiver),
                "application/json", null, SAMPLE);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(cli("assess", "--sample", "--format", "json", "--pillar", "SECURITY,RELIABILITY",
                "--phase", "DEPLOYMENT", "--waive", waiver));
        HttpResponse<String> practices = s.post("/v1/assessments?practice=MLSEC01-BP01&practice=MLREL01-BP01", "application/json",
                null, SAMPLE);
        assertThat(JSON.readTree(practices.body()).get("practicesInScope").asInt()).isEqualTo(2);
    }

    @Test
    void aBadDocumentIs400WithThePathAndTheProblemTheCommandLinePrints() throws Exception {
        HttpResponse<String> json = s.post("/v1/assessments", "application/json", null, BAD_JSON);
        assertThat(json.statusCode()).isEqualTo(400);
        JsonNode e = error(json);
        assertThat(e.get("path").asString()).isEqualTo("$.endpoints[1].autoScaling.maxInstances");
        assertThat(e.get("problem").asString()).isEqualTo("must be at least minInstances (3), was 1");
        assertThat(message(e)).isEqualTo(cliError("bad.json", BAD_JSON));

        JsonNode y = error(s.post("/v1/assessments", "application/yaml", null, BAD_YAML));
        assertThat(y.get("line").asInt()).isEqualTo(7);
        assertThat(message(y)).isEqualTo(cliError("bad.yaml", BAD_YAML));

        for (String doc : List.of("{\"id\": \"w\", \"colour\": 1}", "{\"id\": ", "[1, 2]", "{\"id\": \"w\", \"context\": {\"regulated\": 3}}")) {
            HttpResponse<String> r = s.post("/v1/assessments", "application/json", null, doc);
            assertThat(r.statusCode()).as(doc).isEqualTo(400);
            assertThat(message(error(r))).as(doc).isEqualTo(cliError("doc.json", doc));
        }
    }

    @Test
    void bytesThatAreNotUtf8AndAnEmptyBodyAre400ForTheWholeDocument() throws Exception {
        byte[] latin1 = "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/v1/assessments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = error(r);
        assertThat(e.get("path").asString()).isEqualTo("$");
        assertThat(e.get("problem").asString()).isEqualTo("not valid UTF-8 at line 1 (byte 12)");
        JsonNode empty = error(s.post("/v1/assessments", "application/json", null, " \n"));
        assertThat(empty.get("problem").asString()).startsWith("the body is empty");
    }

    @Test
    void aBadQueryParameterIs400NamingIt() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("pillar=SECURTY", "pillar");
        cases.put("phase=DEPLOY", "phase");
        cases.put("practice=MLSEC99-BP01", "practice");
        cases.put("waive=MLSEC05-BP01", "waive");
        cases.put("waive=MLSEC05-BP01:LATER", "waive");
        cases.put("waive=MLSEC05-BP01:OTHER", "waive");
        cases.put("colour=blue", "colour");
        cases.put("file=a.json&file=b.json", "file");
        cases.put("file=a.json", "file");
        cases.put("wa-lens-arn=x", "wa-lens-arn");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = s.post("/v1/assessments?" + c.getKey(), "application/json", null, SAMPLE);
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            JsonNode e = error(r);
            assertThat(e.get("parameter").asString()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(e.has("path")).isFalse();
        }
        String wa = "application/vnd.mllens.wa-answers+json";
        assertThat(error(s.post("/v1/assessments", "application/json", wa, SAMPLE)).get("parameter").asString())
                .isEqualTo("wa-lens-arn");
        assertThat(error(s.post("/v1/assessments?wa-lens-arn=arn:aws:iam::1:role/x", "application/json", wa, SAMPLE))
                .get("problem").asString()).contains("arn:aws:iam::1:role/x");
        assertThat(error(s.post("/v1/assessments?wa-workload-id=ABC&" + query("wa-lens-arn", LENS_ARN), "application/json", wa, SAMPLE))
                .get("parameter").asString()).isEqualTo("wa-workload-id");
        assertThat(error(s.post("/v1/assessments?file=/etc/passwd", "application/json", "application/sarif+json", SAMPLE))
                .get("parameter").asString()).isEqualTo("file");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405WithAllow() throws Exception {
        for (String path : List.of("/v1/assessment", "/v1/catalog/", "/V1/catalog", "/favicon.ico")) {
            HttpResponse<String> r = s.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(error(r).get("problem").asString()).contains(path, "/v1/openapi.json");
        }
        HttpResponse<String> get = s.get("/v1/assessments");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> delete = s.send(HttpRequest.newBuilder(s.uri("/healthz")).DELETE());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        assertThat(error(delete).get("problem").asString()).isEqualTo("DELETE is not a method of /healthz: use GET");
        HttpResponse<String> head = s.send(HttpRequest.newBuilder(s.uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Allow")).hasValue("GET");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void anAcceptHeaderNoReportFitsIs406() throws Exception {
        for (String accept : List.of("image/png", "application/xml, text/csv", "text/html;q=0, application/json;q=0, */*;q=0")) {
            HttpResponse<String> r = s.post("/v1/assessments", "application/json", accept, SAMPLE);
            assertThat(r.statusCode()).as(accept).isEqualTo(406);
            assertThat(error(r).get("problem").asString()).contains("application/json", "text/html", "application/sarif+json");
        }
        // the highest quality wins, and at equal quality the client's first choice
        assertThat(s.post("/v1/assessments", "application/json", "text/html;q=0.5, text/markdown", SAMPLE)
                .headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(s.post("/v1/assessments", "application/json", "text/plain, text/html", SAMPLE)
                .headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(s.post("/v1/assessments", "application/json", "text/*", SAMPLE)
                .headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void aBodyThatIsNotAWorkloadTypeOrNotUtf8Is415() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1")) {
            HttpResponse<String> r = s.post("/v1/assessments", type, null, SAMPLE);
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(error(r).get("problem").asString()).as(type).containsAnyOf("application/yaml", "UTF-8");
        }
    }

    @Test
    void theGetRoutesServeWhatTheCommandLinePrints() throws Exception {
        HttpResponse<String> catalog = s.get("/v1/catalog");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).isEqualTo(cli("catalog", "--format", "json").replace(System.lineSeparator(), "\n"));
        HttpResponse<String> schema = s.get("/v1/schema/workload");
        assertThat(schema.headers().firstValue("Content-Type")).hasValue("application/schema+json; charset=utf-8");
        assertThat(schema.body()).isEqualTo(cli("schema"));
        HttpResponse<String> health = s.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode h = JSON.readTree(health.body());
        assertThat(h.get("status").asString()).isEqualTo("ok");
        assertThat(h.get("version").asString()).isEqualTo(MlLens.version());
        assertThat(h.get("lensEdition").asString()).isEqualTo("2025-11");
        HttpResponse<String> openapi = s.get("/v1/openapi.json");
        assertThat(openapi.body()).isEqualTo(Files.readString(Path.of("src/main/resources/dev/mllens/cli/serve/openapi.json")));
    }

    @Test
    void anEngineFaultIs500AndTheServiceGoesOnServing() throws Exception {
        Assessor faulty = (workload, options) -> {
            if (workload.id().equals("boom")) {
                throw new IllegalStateException("a rule blew up");
            }
            return MlLens.engine().assess(workload, options);
        };
        try (TestServer t = TestServer.start(ServerSettings.loopback(0), faulty)) {
            HttpResponse<String> boom = t.post("/v1/assessments", "application/json", null, "{\"id\": \"boom\"}");
            assertThat(boom.statusCode()).isEqualTo(500);
            String problem = error(boom).get("problem").asString();
            assertThat(problem).contains("IllegalStateException", "goes on serving").doesNotContain("a rule blew up", "\tat ");
            for (int i = 0; i < 3; i++) {
                assertThat(t.post("/v1/assessments", "application/json", null, SAMPLE).statusCode()).isEqualTo(200);
                assertThat(t.post("/v1/assessments", "application/json", null, "{\"id\": \"boom\"}").statusCode()).isEqualTo(500);
            }
            assertThat(t.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void concurrentRequestsOnOneEngineGiveTheSameReportsAsOneAtATime() throws Exception {
        List<String> bodies = List.of(SAMPLE, "{\"id\": \"empty\"}", "id: from-yaml\ncontext:\n  inferenceMode: BATCH\n",
                SAMPLE.replace("\"card-fraud-detection\"", "\"renamed\""));
        List<String> expected = new ArrayList<>();
        for (String b : bodies) {
            HttpResponse<String> r = s.post("/v1/assessments", null, null, b);
            assertThat(r.statusCode()).isEqualTo(200);
            expected.add(r.body());
        }
        assertThat(expected).doesNotHaveDuplicates();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                int k = i % bodies.size();
                Callable<Boolean> call = () -> {
                    HttpResponse<String> r = s.post("/v1/assessments", null, null, bodies.get(k));
                    return r.statusCode() == 200 && r.body().equals(expected.get(k));
                };
                results.add(clients.submit(call));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void everyRequestIsOneAccessLogEntryWhoseLineCannotBeForged() throws Exception {
        try (TestServer t = TestServer.start()) {
            HttpResponse<String> ok = t.post("/v1/assessments?pillar=SECURITY", "application/json", null, SAMPLE);
            t.get("/healthz");
            t.get("/nowhere");
            assertThat(t.log).hasSize(3);
            List<AccessLog.Entry> entries = List.copyOf(t.log);
            assertThat(entries.get(0)).extracting(AccessLog.Entry::method, AccessLog.Entry::path, AccessLog.Entry::status,
                    AccessLog.Entry::bytes).containsExactly("POST", "/v1/assessments", 200,
                    (long) ok.body().getBytes(StandardCharsets.UTF_8).length);
            assertThat(entries.get(0).line()).matches("POST /v1/assessments 200 \\d+ bytes \\d+ ms");
            assertThat(entries.get(2).line()).startsWith("GET /nowhere 404 ");
        }
        String forged = new AccessLog.Entry("GET", "/x\n2026-01-01 INFO access - GET /admin 200\u202E", 404, 10, 1).line();
        assertThat(forged).doesNotContain("\n", "\u202E").startsWith("GET /x\\n2026-01-01_INFO_access_-_GET_/admin_200\\u202E 404 ");
        assertThat(new AccessLog.Entry("GET", "/" + "a".repeat(5000), 404, 10, 1).line()).hasSizeLessThan(300);
    }
}
