package dev.mllens.cli;

import static dev.mllens.cli.CliRun.run;
import static dev.mllens.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.json.LensJson;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** assess: every format, one to stdout or --output, several under --output-dir; YAML and stdin input; the gate. */
class AssessFormatsTest {

    @TempDir
    Path dir;

    @Test
    void eachFormatGoesToStandardOutputOnItsOwn() {
        assertThat(run("assess", "--sample", "--format", "markdown").out()).startsWith("## mllens: Card fraud detection");
        assertThat(run("assess", "--sample", "--format", "html").out()).startsWith("<!DOCTYPE html>");
        assertThat(run("assess", "--sample", "--format", "junit").out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
        JsonNode sarif = JsonMapper.builder().build().readTree(run("assess", "--sample", "--format", "sarif").out());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString()).isEqualTo("fraud-detection.json");
    }

    @Test
    void outputWritesTheOneReportToAFile() throws IOException {
        Path report = dir.resolve("out/report.html");
        CliRun r = run("assess", "--sample", "--format", "html", "--output", report.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("Card fraud detection");
    }

    @Test
    void outputDirWritesEachFormatToItsFile() throws IOException {
        Path out = dir.resolve("reports");
        CliRun r = run("assess", "--sample", "--output-dir", out.toString(), "--format", "text", "--format", "json",
                "--format", "markdown", "--format", "html", "--format", "sarif", "--format", "junit");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("mllens.html", "mllens.json",
                    "mllens.junit.xml", "mllens.md", "mllens.sarif", "mllens.txt");
        }
        assertThat(Files.readString(out.resolve("mllens.txt"))).isEqualTo(run("assess", "--sample").out());
        assertThat(JsonMapper.builder().build().readTree(Files.readString(out.resolve("mllens.json"))).get("findings")).hasSize(105);
    }

    @Test
    void ambiguousOutputsAreRefused() {
        for (String[] args : List.of(
                new String[] {"assess", "--sample", "--format", "json", "--format", "html"},
                new String[] {"assess", "--sample", "--format", "json", "--format", "html", "--output", dir.resolve("x").toString()},
                new String[] {"assess", "--sample", "--output", dir.resolve("x").toString(), "--output-dir", dir.toString()},
                new String[] {"assess", "--sample", "--format", "json", "--format", "json", "--output-dir", dir.toString()},
                new String[] {"assess", "--sample", "--format", "pdf"})) {
            CliRun r = run(args);
            assertThat(r.code()).as(Arrays.toString(args)).isEqualTo(2);
            assertThat(r.oneErrorLine()).as(r.err()).isTrue();
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("assess", "--sample", "--format", "json", "--format", "html").err())
                .contains("several --format values need --output-dir DIR");
    }

    @Test
    void aYamlFileAndStandardInputAssessLikeTheJson() throws IOException {
        String expected = run("assess", "--sample", "--format", "json").out();
        Path yaml = dir.resolve("fraud.yaml");
        Files.writeString(yaml, run("sample", "--format", "yaml").out());
        assertThat(Files.readString(yaml)).startsWith("id: card-fraud-detection");
        assertThat(run("assess", yaml.toString(), "--format", "json").out()).isEqualTo(expected);
        assertThat(withStdin(Samples.fraudDetectionJson(), "assess", "-", "--format", "json").out()).isEqualTo(expected);
        assertThat(withStdin(Files.readString(yaml), "assess", "-", "--format", "json").out()).isEqualTo(expected);
        assertThat(withStdin("\uFEFF{\"$schema\": \"workload.schema.json\", \"id\": \"w\"}", "assess", "-").code()).isZero();
    }

    @Test
    void yamlErrorsNameThePathAndTheLine() throws IOException {
        Path yaml = dir.resolve("bad.yml");
        Files.writeString(yaml, "id: w\nendpoints:\n  - id: a\n  - id: b\n    autoScaling:\n      minInstances: 3\n      maxInstances: 1\n");
        CliRun r = run("assess", yaml.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mllens: " + yaml + ": $.endpoints[1].autoScaling.maxInstances: "
                + "must be at least minInstances (3), was 1 (line 7)");
        CliRun stdin = withStdin("id: w\ncontext:\n  regulated: maybe\n", "assess", "-");
        assertThat(stdin.err().strip()).isEqualTo("mllens: stdin: $.context.regulated: expected true or false (line 3)");
    }

    @Test
    void sarifResultsPointIntoTheFileAsGiven() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, Samples.fraudDetectionJson());
        JsonNode run = JsonMapper.builder().build().readTree(run("assess", file.toString(), "--format", "sarif").out())
                .get("runs").get(0);
        JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo(file.toUri().toString());
        assertThat(location.get("region").get("startLine").asInt()).isGreaterThan(1);
        assertThat(AssessCommand.uri("./ml/my workload.yaml")).isEqualTo("ml/my%20workload.yaml");
        assertThat(AssessCommand.uri("ml\\w.json")).isEqualTo("ml/w.json");
    }

    @Test
    void theGateFailsWithOneVerdictLine() {
        CliRun high = run("assess", "--sample", "--fail-on", "high");
        assertThat(high.code()).isEqualTo(1);
        assertThat(high.err()).isEqualTo("mllens: gate failed: 6 findings at HIGH or above (MLOPS02-BP04, MLSEC05-BP01,"
                + " MLSEC06-BP02, MLREL02-BP03, MLCOST05-BP02 and 1 more)" + System.lineSeparator());
        CliRun unanswered = run("assess", "--sample", "--fail-on", "unanswered", "--pillar", "PERFORMANCE_EFFICIENCY");
        assertThat(unanswered.code()).isEqualTo(1);
        assertThat(unanswered.err()).startsWith("mllens: gate failed: ").contains("at UNANSWERED or above").contains("MLPERF05-BP01");
        CliRun passing = run("assess", "--sample", "--fail-on", "high", "--practice", "MLSEC03-BP01");
        assertThat(passing.code()).isZero();
        assertThat(passing.err()).isEmpty();
    }

    @Test
    void aWorkloadThatStatesNothingFailsEveryGate() {
        // issue 7: {"id": "x"} with --fail-on medium used to exit 0, every practice being UNANSWERED
        for (String threshold : new String[] {"high", "medium", "unanswered"}) {
            CliRun r = withStdin("{\"id\": \"x\"}", "assess", "-", "--fail-on", threshold, "--format", "json");
            assertThat(r.code()).as(threshold).isEqualTo(1);
            assertThat(r.err()).startsWith("mllens: gate failed: no practice in scope was decided");
            assertThat(r.oneErrorLine()).isTrue();
        }
        assertThat(withStdin("{\"id\": \"x\"}", "assess", "-").code()).as("without a gate it is a report, not a verdict").isZero();
    }

    @Test
    void aGateOverAnEmptyScopeIsAUsageError() {
        CliRun r = run("assess", "--sample", "--practice", "MLSEC01-BP01", "--pillar", "RELIABILITY", "--fail-on", "high");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mllens: --fail-on: no practice is in scope");
        assertThat(r.oneErrorLine()).isTrue();
    }

    @Test
    void junitFollowsTheGate() {
        String xml = run("assess", "--sample", "--format", "junit", "--fail-on", "high").out();
        assertThat(xml).contains("<testsuite name=\"mllens gate\"").contains("failures=\"7\"");
    }
}
