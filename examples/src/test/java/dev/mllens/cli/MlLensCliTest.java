package dev.mllens.cli;

import static dev.mllens.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MlLensCliTest {

    @TempDir
    Path dir;

    @Test
    void assessSamplePrintsATextReport() {
        Run r = run("assess", "--sample");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("mllens assessment: Card fraud detection", "Practice risk by pillar",
                "Question risk by pillar", "Security", "Total", "MLSEC03 question risk HIGH: ");
    }

    @Test
    void assessSampleAsJsonHonoursTheContract() {
        Run r = run("assess", "--sample", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("findings")).hasSize(105);
        assertThat(root.get("practiceRiskCounts").has("UNANSWERED")).isTrue();
        assertThat(root.get("questionRiskCounts").has("UNANSWERED")).isTrue();
        assertThat(root.get("questions")).hasSize(35);
    }

    @Test
    void failOnExitsWithOneWhenFindingsReachTheThreshold() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, """
                {"id": "w", "training": {"distributionStrategy": "DATA_PARALLEL", "interNodeEncryption": false}}
                """);
        assertThat(run("assess", file.toString(), "--fail-on", "high").code()).isEqualTo(1);
        // waived, the one finding the two facts decide is no evidence: nothing was decided, the gate fails on silence
        Run waived = run("assess", file.toString(), "--fail-on", "high", "--waive", "MLSEC04-BP02:OUT_OF_SCOPE:research cluster");
        assertThat(waived.code()).isEqualTo(1);
        assertThat(waived.err()).startsWith("mllens: gate failed: no practice in scope was decided");
        assertThat(run("assess", "--sample", "--fail-on", "high", "--waive", "MLOPS02-BP04:OTHER:tracked in JIRA-1",
                "--waive", "MLSEC05-BP01:OUT_OF_SCOPE", "--waive", "MLSEC06-BP02:OUT_OF_SCOPE", "--waive", "MLREL02-BP03:OUT_OF_SCOPE",
                "--waive", "MLCOST05-BP02:OUT_OF_SCOPE", "--waive", "MLSUS01-BP01:BUSINESS_PRIORITIES").code())
                .as("every HIGH finding of the sample waived").isZero();
        assertThat(run("assess", file.toString(), "--practice", "MLSEC04-BP02", "--fail-on", "HIGH").code()).isEqualTo(1);
    }

    @Test
    void malformedWorkloadExitsWithTwoAndNamesTheJsonPath() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"id": "w", "endpoints": [{"id": "a"}, {"id": "b", "autoScaling": {"minInstances": 3, "maxInstances": 1}}]}
                """);
        Run r = run("assess", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("mllens: " + file + ": $.endpoints[1].autoScaling.maxInstances: "
                + "must be at least minInstances (3), was 1");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineWithoutStackTrace() {
        for (String[] args : new String[][] {{}, {"assess"}, {"assess", "--sample", "--format", "xml"},
                {"assess", dir.resolve("missing.json").toString()}, {"assess", "--sample", "--practice", "MLSEC99-BP01"},
                {"assess", "--sample", "--waive", "MLSEC04-BP02:BECAUSE"}, {"nonsense"}}) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("mllens: ").doesNotContain("\tat ", "Exception");
            assertThat(r.err().strip().lines()).as("one line").hasSize(1);
        }
    }

    @Test
    void catalogListsThePracticesAsTextAndJson() {
        Run text = run("catalog");
        assertThat(text.code()).isZero();
        assertThat(text.out().lines().count()).isEqualTo(106);
        Run json = run("catalog", "--format", "json");
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root).hasSize(105);
        assertThat(root.get(0).get("questionId").asString()).isEqualTo("MLOPS01");
    }

    @Test
    void samplePrintsAWorkloadThatAssesses() throws IOException {
        Run sample = run("sample");
        Path file = dir.resolve("sample.json");
        Files.writeString(file, sample.out());
        assertThat(run("assess", file.toString()).code()).isZero();
    }

    @Test
    void baselineGateFailsOnlyOnNewOrWorseFindings() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"id": "w", "training": {"distributionStrategy": "DATA_PARALLEL", "interNodeEncryption": false}}
                """);
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"id": "w", "training": {"distributionStrategy": "DATA_PARALLEL", "interNodeEncryption": true}}
                """);
        Path frozen = dir.resolve("frozen.json");
        Files.writeString(frozen, run("assess", bad.toString(), "--format", "json").out());
        Path clean = dir.resolve("clean.json");
        Files.writeString(clean, run("assess", good.toString(), "--format", "json").out());

        Run known = run("assess", bad.toString(), "--baseline", frozen.toString(), "--fail-on", "high");
        assertThat(known.code()).as("known findings are accepted").isZero();
        assertThat(known.out()).contains("Compared with the baseline: 0 new, 0 worse, 0 better");

        Run regressed = run("assess", bad.toString(), "--baseline", clean.toString(), "--fail-on", "high");
        assertThat(regressed.code()).isEqualTo(1);
        assertThat(regressed.out()).contains("WORSE   MLSEC04-BP02").contains("INSUFFICIENT_EVIDENCE/UNANSWERED -> NOT_MET/HIGH");

        Run json = run("assess", bad.toString(), "--baseline", clean.toString(), "--format", "json");
        JsonNode change = JsonMapper.builder().build().readTree(json.out()).get("comparison").get("changes").get(0);
        assertThat(change.get("bestPracticeId").asString()).isEqualTo("MLSEC04-BP02");
        assertThat(change.get("kind").asString()).isEqualTo("WORSE");
    }

    @Test
    void aBaselineOfAnotherWorkloadOrABadFileExitsWithTwo() throws IOException {
        Path report = dir.resolve("sample-report.json");
        Files.writeString(report, run("assess", "--sample", "--format", "json").out());
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"id\": \"other\"}");
        Run r = run("assess", other.toString(), "--baseline", report.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mllens: " + report
                + ": baseline is for workload 'card-fraud-detection', the assessment is for 'other'");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"findings\": [{\"bestPracticeId\": \"A\", \"status\": \"MET\"}]}");
        Run b = run("assess", "--sample", "--baseline", broken.toString());
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err().strip()).isEqualTo("mllens: " + broken + ": $.findings[0].risk: missing");
    }

    @Test
    void schemaPrintsTheWorkloadJsonSchema() {
        Run r = run("schema");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("$defs").get("Dataset").get("properties").has("encryptionAtRest")).isTrue();
    }

    @Test
    void schemaReportPrintsTheSchemaTheJsonReportFollows() {
        Run r = run("schema", "--report");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(dev.mllens.json.LensJson.reportSchema());
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("$id").asString()).isEqualTo("urn:mllens:report:1.0");
        JsonNode report = JsonMapper.builder().build().readTree(run("assess", "--sample", "--format", "json").out());
        assertThat(report.get("reportVersion").asString()).isEqualTo(root.get("properties").get("reportVersion").get("const").asString());
    }
}
