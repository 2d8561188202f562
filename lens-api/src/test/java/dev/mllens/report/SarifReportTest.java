package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.json.LocatedWorkload;
import dev.mllens.lens.Lens;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF log is checked against the official OASIS SARIF 2.1.0 schema, then for what it says. */
class SarifReportTest {

    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(resource("sarif-schema-2.1.0.json"));

    private static final String JSON = Samples.fraudDetectionJson();
    private static final LocatedWorkload LOCATED = LensJson.readLocated(JSON, DocumentSyntax.JSON);
    private static final Assessment SAMPLE = MlLens.engine().assess(LOCATED.workload());

    static String resource(String name) {
        try (InputStream in = SarifReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the official schema finds wrong with a log; empty when it is valid. */
    static List<String> violations(String sarif) {
        return SARIF.validate(sarif, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static JsonNode run(String sarif) {
        return JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
    }

    @Test
    void theSampleLogIsValidSarif() {
        String sarif = Reports.sarif(SAMPLE, new WorkloadFile("workloads/fraud.json", LOCATED.locations()));
        assertThat(violations(sarif)).isEmpty();
        assertThat(violations(Reports.sarif(SAMPLE, WorkloadFile.of("fraud.json")))).isEmpty();
        JsonNode root = JsonMapper.builder().build().readTree(sarif);
        assertThat(root.get("version").asString()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
    }

    @Test
    void theSchemaRejectsABrokenLog() {
        // the validator is not a rubber stamp: a result without a message and a bad level are refused
        String broken = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"mllens\"}},"
                + " \"results\": [{\"ruleId\": \"X\", \"level\": \"fatal\"}]}]}";
        assertThat(violations(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void oneRulePerPracticeWithItsLensFacts() {
        JsonNode driver = run(Reports.sarif(SAMPLE, WorkloadFile.of("w.json"))).get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("mllens");
        assertThat(driver.get("version").asString()).isEqualTo(MlLens.version());
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(105);
        JsonNode first = rules.get(0);
        var practice = Lens.catalog().require("MLOPS01-BP01");
        assertThat(first.get("id").asString()).isEqualTo("MLOPS01-BP01");
        assertThat(first.get("name").asString()).isEqualTo("DevelopTheRightSkillsWithAccountabilityAndEmpowerment");
        assertThat(first.get("shortDescription").get("text").asString()).isEqualTo(practice.title());
        assertThat(first.get("fullDescription").get("text").asString()).isEqualTo(practice.summary());
        assertThat(first.get("helpUri").asString()).isEqualTo(practice.documentationUrl());
        JsonNode props = first.get("properties");
        assertThat(props.get("pillar").asString()).isEqualTo("OPERATIONAL_EXCELLENCE");
        assertThat(props.get("phase").asString()).isEqualTo("BUSINESS_GOAL");
        assertThat(props.get("questionId").asString()).isEqualTo("MLOPS01");
        assertThat(props.get("risk").asString()).isEqualTo(practice.risk().name());
    }

    @Test
    void oneResultPerFindingToActOnWithItsLevel() {
        JsonNode run = run(Reports.sarif(SAMPLE, new WorkloadFile("w.json", LOCATED.locations())));
        List<Finding> toAct = SAMPLE.findings().stream().filter(Finding::needsAction).toList();
        JsonNode results = run.get("results");
        assertThat(results).hasSize(toAct.size());
        Map<String, Risk> riskById = toAct.stream().collect(Collectors.toMap(Finding::bestPracticeId, Finding::risk));
        for (JsonNode r : results) {
            Risk risk = riskById.get(r.get("ruleId").asString());
            String expected = risk == Risk.HIGH ? "error" : risk == Risk.MEDIUM ? "warning" : "note";
            assertThat(r.get("level").asString()).as(r.get("ruleId").asString()).isEqualTo(expected);
            assertThat(run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(r.get("ruleId").asString());
        }
        assertThat(results.valueStream().map(r -> r.get("properties").get("status").asString()))
                .containsOnly(Status.NOT_MET.name(), Status.PARTIALLY_MET.name(), Status.INSUFFICIENT_EVIDENCE.name());
    }

    @Test
    void aGapPointsAtTheLineOfTheFactStatedAbsent() {
        JsonNode result = result(Reports.sarif(SAMPLE, new WorkloadFile("w.json", LOCATED.locations())), "MLOPS02-BP04");
        assertThat(result.get("message").get("text").asString())
                .contains("lineage between data, jobs, models and endpoints is not recorded automatically");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("w.json");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(line("\"lineageTracking\": false"));
    }

    @Test
    void anUndecidedFindingPointsAtWhereItsFactBelongs() {
        Finding undecided = SAMPLE.findings().stream().filter(f -> f.status() == Status.INSUFFICIENT_EVIDENCE)
                .findFirst().orElseThrow();
        JsonNode result = result(Reports.sarif(SAMPLE, new WorkloadFile("w.json", LOCATED.locations())),
                undecided.bestPracticeId());
        int expected = LOCATED.locations().locate(undecided.missing().get(0).fact()).line();
        assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(expected);
        assertThat(result.get("message").get("text").asString()).contains("To decide, state " + undecided.missing().get(0).fact());
    }

    @Test
    void withoutPositionsResultsPointAtTheFile() {
        JsonNode result = run(Reports.sarif(SAMPLE, WorkloadFile.of("my%20workload.json"))).get("results").get(0);
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("my%20workload.json");
        assertThat(location.has("region")).isFalse();
    }

    private static JsonNode result(String sarif, String id) {
        return run(sarif).get("results").valueStream().filter(r -> r.get("ruleId").asString().equals(id)).findFirst()
                .orElseThrow();
    }

    private static int line(String needle) {
        List<String> lines = JSON.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
