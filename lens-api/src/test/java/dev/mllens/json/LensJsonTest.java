package dev.mllens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.MlLens;
import dev.mllens.lens.Lens;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LensJsonTest {

    @Test
    void sampleReadsAndRoundTrips() {
        Workload sample = Samples.fraudDetection();
        assertThat(sample.id()).isEqualTo("card-fraud-detection");
        assertThat(sample.datasets()).hasSizeGreaterThan(1);
        assertThat(sample.endpoints()).isNotEmpty();
        assertThat(LensJson.readWorkload(LensJson.write(sample))).isEqualTo(sample);
    }

    @Test
    void attestationsReadAsBooleanOrAsObjectWithNote() {
        Workload w = LensJson.readWorkload("""
                {"id": "w", "governance": {
                  "escalationPath": true,
                  "incidentResponsePlan": {"holds": false, "note": "drafted, not approved", "attestedBy": "ML lead"}}}
                """);
        assertThat(w.governance().escalationPath()).isEqualTo(Attestation.of(true));
        assertThat(w.governance().incidentResponsePlan())
                .isEqualTo(new Attestation(false, "drafted, not approved", "ML lead"));
    }

    @Test
    void absentFactsStayNotStatedAndEmptySetsStayStatedNone() {
        Workload w = LensJson.readWorkload("""
                {"id": "w", "monitoring": {"monitorTypes": []}}
                """);
        assertThat(w.monitoring().monitorTypes()).isEmpty();
        assertThat(w.monitoring().alerting()).isNull();
        assertThat(w.context().regulated()).isNull();
        assertThat(w.datasets()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            impossible value     | {"id":"w","endpoints":[{"id":"a"},{"id":"b","autoScaling":{"minInstances":3,"maxInstances":1}}]} | $.endpoints[1].autoScaling.maxInstances | must be at least minInstances
            unknown field        | {"id":"w","datasets":[{"id":"d","encrypted":true}]}                                              | $.datasets[0].encrypted                 | unknown field "encrypted"
            wrong type           | {"id":"w","context":{"regulated":"yes"}}                                                         | $.context.regulated                     | expected true or false
            unknown enum value   | {"id":"w","context":{"criticality":"SUPER"}}                                                     | $.context.criticality                   | expected one of LOW, MEDIUM
            fraction for integer | {"id":"w","endpoints":[{"id":"e","instanceCount":1.5}]}                                          | $.endpoints[0].instanceCount            | expected a whole number
            negative count       | {"id":"w","environment":{"overPrivilegedRoles":-1}}                                              | $.environment.overPrivilegedRoles       | must not be negative
            percentage over 100  | {"id":"w","cost":{"taggingCompliancePct":120}}                                                   | $.cost.taggingCompliancePct             | percentage from 0 to 100
            missing id           | {"name":"w"}                                                                                     | $.id                                    | is required
            missing dataset id   | {"id":"w","datasets":[{"name":"d"}]}                                                             | $.datasets[0].id                        | is required
            duplicate ids        | {"id":"w","datasets":[{"id":"d"},{"id":"d"}]}                                                    | $.datasets[1].id                        | duplicate id 'd'
            dangling reference   | {"id":"w","models":[{"id":"m","trainingDatasetIds":["nope"]}]}                                   | $.models[0].trainingDatasetIds[0]       | refers to dataset 'nope'
            attestation no holds | {"id":"w","governance":{"escalationPath":{"note":"x"}}}                                          | $.governance.escalationPath             | needs "holds"
            duplicate key        | {"id":"w","id":"v"}                                                                              | $.id                                    | duplicate field "id"
            truncated document   | {"id":"w",                                                                                       | $.id                                    | malformed JSON at line 1
            null document        | null                                                                                             | $                                       | expected a workload object
            one strategy string  | {"id":"w","endpoints":[{"id":"e","deploymentStrategy":"CANARY"}]}                                | $.endpoints[0].deploymentStrategy       | expected an array
            """)
    void badInputNamesThePathAndTheProblem(String caseName, String json, String path, String problem) {
        assertThatThrownBy(() -> LensJson.readWorkload(json))
                .isInstanceOfSatisfying(WorkloadFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith(path + ": ").doesNotContain("\n");
                });
    }

    @Test
    void assessmentJsonHonoursTheContract() {
        String json = LensJson.write(MlLens.engine().assess(Samples.fraudDetection()));
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings")).hasSize(105);
        for (JsonNode f : root.get("findings")) {
            for (String field : new String[] {"bestPracticeId", "pillar", "phase", "status", "risk", "evidence", "missing", "actions"}) {
                assertThat(f.has(field)).as(field + " in " + f).isTrue();
            }
        }
        assertThat(sumOfRiskKeys(root.get("practiceRiskCounts"))).isEqualTo(105);
        assertThat(sumOfRiskKeys(root.get("questionRiskCounts"))).isEqualTo(35);
        assertThat(root.get("practiceRiskCountsByPillar").get("SECURITY").has("HIGH")).isTrue();
        assertThat(sumOfRiskKeys(root.get("questionRiskCountsByPillar").get("SECURITY"))).isEqualTo(6);
        assertThat(root.get("questionsInScope").asInt()).isEqualTo(35);
        assertThat(root.get("questions")).hasSize(35);
        JsonNode q = root.get("questions").get(0);
        assertThat(q.get("questionId").asString()).isEqualTo("MLOPS01");
        for (String field : new String[] {"title", "pillar", "phase", "risk", "bestPracticeIds", "selectedChoices", "notApplicableChoices"}) {
            assertThat(q.has(field)).as(field + " in " + q).isTrue();
        }
        assertThat(root.has("riskCounts")).as("the old, ambiguous key is gone").isFalse();
        assertThat(root.get("lensEdition").asString()).isEqualTo("2025-11");
        assertThat(root.get("reportVersion").asString()).isEqualTo(LensJson.REPORT_VERSION).isEqualTo("1.0");
    }

    private static int sumOfRiskKeys(JsonNode counts) {
        int total = 0;
        for (String key : new String[] {"UNANSWERED", "HIGH", "MEDIUM", "NONE", "NOT_APPLICABLE"}) {
            assertThat(counts.has(key)).as(key).isTrue();
            total += counts.get(key).asInt();
        }
        assertThat(counts.size()).isEqualTo(5);
        return total;
    }

    @Test
    void catalogJsonListsEveryPracticeWithItsLensFacts() {
        JsonNode root = JsonMapper.builder().build().readTree(LensJson.writeCatalog(Lens.catalog()));
        assertThat(root).hasSize(105);
        JsonNode first = root.get(0);
        assertThat(first.get("id").asString()).isEqualTo("MLOPS01-BP01");
        assertThat(first.get("pillar").asString()).isEqualTo("OPERATIONAL_EXCELLENCE");
        assertThat(first.get("phase").asString()).isEqualTo("BUSINESS_GOAL");
        assertThat(first.get("questionId").asString()).isEqualTo("MLOPS01");
        assertThat(first.get("risk").asString()).isEqualTo("HIGH");
        assertThat(first.get("waChoiceId").asString()).isEqualTo("MLOPS01_BP01");
    }

    @Test
    void aSavedReportReadsBackAsABaseline() {
        dev.mllens.Assessment a = MlLens.engine().assess(Samples.fraudDetection());
        dev.mllens.Baseline b = LensJson.readBaseline(LensJson.write(a));
        assertThat(b).isEqualTo(dev.mllens.Baseline.of(a));
        String withComparison = LensJson.write(a.compareWith(b));
        JsonNode comparison = JsonMapper.builder().build().readTree(withComparison).get("comparison");
        assertThat(comparison.get("counts").get("UNCHANGED").asInt()).isEqualTo(105);
        assertThat(comparison.get("changes")).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(LensJson.write(a)).has("comparison")).isFalse();
    }

    @Test
    void aReportOfAnotherVersionStillServesAsABaseline() {
        // before the contract: no reportVersion, evidence values and gaps as strings, the old riskCounts key
        String before = """
                {"lensEdition": "2025-11", "workload": {"id": "w", "name": "w"}, "riskCounts": {"HIGH": 1},
                 "findings": [{"bestPracticeId": "MLSEC04-BP02", "status": "NOT_MET", "risk": "HIGH",
                   "evidence": [{"fact": "training.interNodeEncryption", "value": "false"}],
                   "gaps": ["traffic between training nodes is not encrypted"]}]}
                """;
        dev.mllens.Baseline b = LensJson.readBaseline(before);
        assertThat(b.workloadId()).isEqualTo("w");
        assertThat(b.ratings()).containsOnlyKeys("MLSEC04-BP02");
        assertThat(b.rating("MLSEC04-BP02")).contains(new dev.mllens.Baseline.Rating(dev.mllens.finding.Status.NOT_MET,
                dev.mllens.finding.Risk.HIGH));
        // a later one: a higher version with fields this release does not know
        String later = "{\"reportVersion\": \"3.2\", \"workload\": {\"id\": \"w\", \"owner\": \"x\"}, \"findings\": [{\"bestPracticeId\":"
                + " \"MLSEC04-BP02\", \"status\": \"MET\", \"risk\": \"NONE\", \"confidence\": 0.9}]}";
        assertThat(LensJson.readBaseline(later).rating("MLSEC04-BP02")).contains(new dev.mllens.Baseline.Rating(
                dev.mllens.finding.Status.MET, dev.mllens.finding.Risk.NONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                  | $.findings: missing",
        "{\"findings\": [{\"status\": \"MET\", \"risk\": \"NONE\"}]}                  | $.findings[0].bestPracticeId: missing",
        "{\"findings\": [{\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": \"MET\"}]}           | $.findings[0].risk: missing",
        "{\"findings\": [{\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": \"OK\", \"risk\": \"NONE\"}]} | $.findings[0].status",
        "{\"findings\": [{\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": \"MET\", \"risk\": \"NONE\"}, {\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": \"MET\", \"risk\": \"NONE\"}]} | $.findings[1].bestPracticeId: duplicate practice MLOPS01-BP01",
        "{\"findings\": [{\"bestPracticeId\": \"FAKE00-BP99\", \"status\": \"MET\", \"risk\": \"NONE\"}]} | $.findings[0].bestPracticeId: \"FAKE00-BP99\" is not a practice of the lens",
        "{\"findings\": [{\"bestPracticeId\": 17, \"status\": \"MET\", \"risk\": \"NONE\"}]} | $.findings[0].bestPracticeId: invalid value 17, expected a string",
        "{\"findings\": [{\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": 3, \"risk\": \"NONE\"}]} | $.findings[0].status: expected one of",
        "{\"findings\": [{\"bestPracticeId\": \"MLOPS01-BP01\", \"status\": \"MET \", \"risk\": \"NONE\"}]} | $.findings[0].status: invalid value \"MET \"",
        "{\"findings\": []}                                                   | $.findings: empty",
    })
    void aBadBaselineNamesThePlace(String json, String expected) {
        assertThatThrownBy(() -> LensJson.readBaseline(json)).isInstanceOf(WorkloadFormatException.class)
                .hasMessageStartingWith(expected);
    }
}
