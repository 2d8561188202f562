package dev.mllens.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.EngineErrorsTest;
import dev.mllens.Golden;
import dev.mllens.MlLens;
import dev.mllens.WaiverReason;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Workload;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published report schema describes what {@link LensJson#write} writes, checked by an independent
 * validator (networknt): plain reports, reports with a comparison, with waivers and with engine errors,
 * and the reports of 200 corpus workloads. The schema is strict enough to catch a drift.
 */
class ReportSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(LensJson.reportSchema());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());

    private static void assertValid(String report) {
        assertThat(SCHEMA.validate(report, InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSampleReportIsValid() {
        assertValid(LensJson.write(SAMPLE));
    }

    @Test
    void aReportWithAComparisonIsValid() {
        // a baseline in which one practice was better, one worse, one is missing (new) and one is out of scope now
        Map<String, Baseline.Rating> ratings = new LinkedHashMap<>(Baseline.of(SAMPLE).ratings());
        ratings.put("MLSEC05-BP01", new Baseline.Rating(Status.MET, Risk.NONE));
        ratings.put("MLOPS01-BP01", new Baseline.Rating(Status.NOT_MET, Risk.HIGH));
        ratings.remove("MLREL02-BP03");
        Assessment security = MlLens.engine().assess(Samples.fraudDetection(),
                AssessmentOptions.builder().pillars(Pillar.SECURITY, Pillar.OPERATIONAL_EXCELLENCE, Pillar.RELIABILITY).build());
        Comparison c = security.compareWith(new Baseline(SAMPLE.workloadId(), ratings));
        assertThat(c.counts().get(Comparison.Kind.NEW)).isEqualTo(1);
        assertThat(c.changes(Comparison.Kind.WORSE)).isNotEmpty();
        assertThat(c.changes(Comparison.Kind.BETTER)).isNotEmpty();
        assertThat(c.dropped()).isNotEmpty();
        String report = LensJson.write(c);
        assertValid(report);
        JsonNode changes = JSON.readTree(report).get("comparison").get("changes");
        assertThat(changes).isNotEmpty().allSatisfy(ch -> assertThat(ch.has("before")).isEqualTo(!ch.get("kind").asString().equals("NEW")));
    }

    @Test
    void aReportWithWaiversIsValid() {
        Assessment waived = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder()
                .waive("MLSEC05-BP01", WaiverReason.OUT_OF_SCOPE, "no online inference")
                .waive("MLREL02-BP03", WaiverReason.BUSINESS_PRIORITIES, null)
                .waive("MLCOST05-BP02", WaiverReason.OTHER, "tracked as RISK-7").build());
        String report = LensJson.write(waived);
        assertValid(report);
        JsonNode waivers = JSON.readTree(report).get("waivers");
        assertThat(waivers).hasSize(3);
        assertThat(waivers.get(1).has("note")).isFalse();
    }

    @Test
    void aReportWithAnEngineErrorIsValid() {
        String report = LensJson.write(EngineErrorsTest.withEngineError());
        assertValid(report);
        JsonNode errors = JSON.readTree(report).get("engineErrors");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.get("bestPracticeId").asString()).isEqualTo("MLSEC04-BP02"));
        assertThat(JSON.readTree(LensJson.write(SAMPLE)).get("engineErrors")).isEmpty();
    }

    @Test
    void theReportsOfTheCorpusAreValid() throws IOException {
        List<Workload> corpus = Golden.corpus().subList(0, 200);
        for (Workload w : corpus) {
            assertThat(SCHEMA.validate(LensJson.write(MlLens.engine().assess(w)), InputFormat.JSON)).as(w.id()).isEmpty();
        }
    }

    @Test
    void evidenceValuesAreJsonValuesAndGapsNameAFactOfTheEvidence() {
        JsonNode root = JSON.readTree(LensJson.write(SAMPLE));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<String> gapsWithoutEvidence = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            List<String> facts = new ArrayList<>();
            for (JsonNode e : f.get("evidence")) {
                values.put(e.get("fact").asString(), e.get("value"));
                facts.add(e.get("fact").asString());
            }
            for (JsonNode g : f.get("gaps")) {
                if (!facts.contains(g.get("fact").asString())) {
                    gapsWithoutEvidence.add(f.get("bestPracticeId").asString() + " " + g);
                }
            }
        }
        assertThat(values.get("training.interNodeEncryption").isBoolean()).isTrue();
        assertThat(values.get("training.interNodeEncryption").asBoolean()).isTrue();
        assertThat(values.get("monitoring.monitorTypes").isArray()).isTrue();
        assertThat(values.get("monitoring.monitorTypes").get(0).isString()).isTrue();
        JsonNode statement = values.get("governance.skillsTrainingProgram");
        assertThat(statement.isObject()).isTrue();
        assertThat(statement.get("holds").asBoolean()).isTrue();
        assertThat(statement.get("attestedBy").asString()).isEqualTo("Head of ML");
        assertThat(values.values()).as("some facts are not stated").anyMatch(JsonNode::isNull);
        assertThat(values.values()).as("some facts are numbers").anyMatch(JsonNode::isNumber);
        assertThat(values.values()).as("no value is stringified Java")
                .noneMatch(v -> v.isString() && (v.asString().startsWith("[") || v.asString().startsWith("attested ")));
        assertThat(gapsWithoutEvidence).isEmpty();
    }

    @Test
    void theSchemaIsStrict() {
        ObjectNode report = (ObjectNode) JSON.readTree(LensJson.write(SAMPLE));
        report.put("colour", "blue");
        assertThat(SCHEMA.validate(report.toString(), InputFormat.JSON)).as("an unknown field").isNotEmpty();
        report.remove("colour");
        report.put("reportVersion", "2.0");
        assertThat(SCHEMA.validate(report.toString(), InputFormat.JSON)).as("another version").isNotEmpty();
        report.put("reportVersion", LensJson.REPORT_VERSION);
        ObjectNode evidence = (ObjectNode) report.get("findings").get(0).get("evidence").get(0);
        evidence.putObject("value").put("note", "no holds");
        assertThat(SCHEMA.validate(report.toString(), InputFormat.JSON)).as("a statement without holds").isNotEmpty();
        evidence.put("value", "x");
        ((ObjectNode) report.get("findings").get(0)).putArray("gaps").add("a bare sentence");
        assertThat(SCHEMA.validate(report.toString(), InputFormat.JSON)).as("a gap without its fact").isNotEmpty();
        ((ObjectNode) report.get("findings").get(0)).putArray("gaps");
        report.remove("practiceRiskCountsByPhase");
        assertThat(SCHEMA.validate(report.toString(), InputFormat.JSON)).as("a roll-up missing").isNotEmpty();
    }

    @Test
    void theSchemasEnumerationsAreTheJavaOnes() {
        JsonNode defs = JSON.readTree(LensJson.reportSchema()).get("$defs");
        assertThat(names(defs.get("pillar").get("enum"))).isEqualTo(names(Pillar.values()));
        assertThat(names(defs.get("phase").get("enum"))).isEqualTo(names(Phase.values()));
        assertThat(names(defs.get("status").get("enum"))).isEqualTo(names(Status.values()));
        assertThat(names(defs.get("questionRisk").get("enum"))).isEqualTo(names(Risk.values()));
        assertThat(names(defs.get("findingRisk").get("enum"))).isEqualTo(names(Risk.HIGH, Risk.MEDIUM, Risk.UNANSWERED, Risk.NONE));
        assertThat(names(defs.get("waiver").get("properties").get("reason").get("enum"))).isEqualTo(names(WaiverReason.values()));
        assertThat(names(defs.get("comparison").get("properties").get("counts").get("required")))
                .isEqualTo(names(Comparison.Kind.values()));
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
