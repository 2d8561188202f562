package dev.mllens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.samples.Samples;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML workloads are read with the rules of JSON, and their errors also name the line. */
class YamlWorkloadTest {

    @Test
    void theSampleRoundTripsThroughYaml() {
        Workload sample = Samples.fraudDetection();
        String yaml = LensJson.writeYaml(sample);
        assertThat(yaml).startsWith("id: card-fraud-detection\n").doesNotContain("---", "{\"");
        assertThat(LensJson.readWorkload(yaml, DocumentSyntax.YAML)).isEqualTo(sample);
        assertThat(LensJson.readWorkload(LensJson.write(LensJson.readWorkload(yaml, DocumentSyntax.YAML)))).isEqualTo(sample);
    }

    @Test
    void handWrittenYamlReadsLikeItsJson() {
        Workload fromYaml = LensJson.readWorkload("""
                # a comment
                id: w
                context:
                  regulated: true
                  criticality: HIGH
                governance:
                  escalationPath: {holds: true, note: "runbook RB-12"}
                endpoints:
                  - id: api
                    autoScaling: {enabled: true, minInstances: 2, maxInstances: 4}
                """, DocumentSyntax.YAML);
        Workload fromJson = LensJson.readWorkload("""
                {"id": "w", "context": {"regulated": true, "criticality": "HIGH"},
                 "governance": {"escalationPath": {"holds": true, "note": "runbook RB-12"}},
                 "endpoints": [{"id": "api", "autoScaling": {"enabled": true, "minInstances": 2, "maxInstances": 4}}]}
                """);
        assertThat(fromYaml).isEqualTo(fromJson);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            impossible value   | id: w\\nendpoints:\\n  - id: a\\n  - id: b\\n    autoScaling:\\n      minInstances: 3\\n      maxInstances: 1 | $.endpoints[1].autoScaling.maxInstances | must be at least minInstances | 7
            unknown field      | id: w\\ndatasets:\\n  - id: d\\n    encrypted: true                                               | $.datasets[0].encrypted                 | unknown field "encrypted"     | 4
            wrong type         | id: w\\ncontext:\\n  regulated: yes                                                              | $.context.regulated                     | expected true or false        | 3
            unknown enum value | id: w\\ncontext:\\n  criticality: SUPER                                                          | $.context.criticality                   | expected one of LOW, MEDIUM   | 3
            fraction for whole | id: w\\nendpoints:\\n  - id: e\\n    instanceCount: 1.5                                            | $.endpoints[0].instanceCount            | expected a whole number       | 4
            duplicate ids      | id: w\\ndatasets:\\n  - id: d\\n  - id: d                                                        | $.datasets[1].id                        | duplicate id 'd'              | 4
            duplicate key      | id: w\\nid: v                                                                                   | $.id                                    | duplicate field "id"          | 2
            missing id         | name: w                                                                                         | $.id                                    | is required                   | 1
            """)
    void badYamlNamesThePathTheProblemAndTheLine(String caseName, String yaml, String path, String problem, int line) {
        assertThatThrownBy(() -> LensJson.readWorkload(yaml.replace("\\n", "\n"), DocumentSyntax.YAML))
                .isInstanceOfSatisfying(WorkloadFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(path + ": ").endsWith("(line " + line + ")").doesNotContain("\n");
                });
    }

    @Test
    void malformedYamlNamesTheLineInOneMessageLine() {
        assertThatThrownBy(() -> LensJson.readWorkload("id: w\ncontext:\n\tregulated: true\n", DocumentSyntax.YAML))
                .isInstanceOfSatisfying(WorkloadFormatException.class, e -> {
                    assertThat(e.problem()).startsWith("malformed YAML");
                    assertThat(e.line()).as("YAML forbids the tab that indents line 3").isEqualTo(3);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void aSchemaKeyIsAllowedAtTheTopOnly() {
        assertThat(LensJson.readWorkload("{\"$schema\": \"./workload.schema.json\", \"id\": \"w\"}").id()).isEqualTo("w");
        assertThat(LensJson.readWorkload("$schema: ./workload.schema.json\nid: w\n", DocumentSyntax.YAML).id()).isEqualTo("w");
        assertThatThrownBy(() -> LensJson.readWorkload("{\"id\": \"w\", \"context\": {\"$schema\": \"x\"}}"))
                .isInstanceOfSatisfying(WorkloadFormatException.class, e -> assertThat(e.path()).isEqualTo("$.context.$schema"));
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        assertThat(LensJson.readWorkload("\uFEFF{\"id\": \"w\"}").id()).isEqualTo("w");
        assertThat(LensJson.readWorkload("\uFEFFid: w\n", DocumentSyntax.YAML).id()).isEqualTo("w");
        assertThat(LensJson.readWorkload(new java.io.ByteArrayInputStream(
                "\uFEFF{\"id\": \"w\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).id()).isEqualTo("w");
    }

    @Test
    void theSyntaxFollowsTheFileNameElseTheFirstCharacter() {
        assertThat(DocumentSyntax.of("w.yaml", "{}")).isEqualTo(DocumentSyntax.YAML);
        assertThat(DocumentSyntax.of("W.YML", "{}")).isEqualTo(DocumentSyntax.YAML);
        assertThat(DocumentSyntax.of("w.json", "id: w")).isEqualTo(DocumentSyntax.JSON);
        assertThat(DocumentSyntax.of("stdin", "\uFEFF  \n{\"id\": \"w\"}")).isEqualTo(DocumentSyntax.JSON);
        assertThat(DocumentSyntax.of(null, "id: w")).isEqualTo(DocumentSyntax.YAML);
    }
}
