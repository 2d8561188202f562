package dev.mllens.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.json.FactLocations.Position;
import dev.mllens.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactLocationsTest {

    private static final String JSON = Samples.fraudDetectionJson();
    private static final String YAML = LensJson.writeYaml(Samples.fraudDetection());

    /** The 1-based line of the first line of {@code text} at or after {@code from} that contains {@code needle}. */
    private static int lineOf(String text, String needle, int from) {
        List<String> lines = text.lines().toList();
        for (int i = from - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the document");
    }

    @Test
    void factsAreFoundByTheNamesFindingsUse() {
        FactLocations at = LensJson.readLocated(JSON, DocumentSyntax.JSON).locations();
        int merchant = lineOf(JSON, "\"id\": \"merchant-features\"", 1);
        assertThat(at.exact("datasets[merchant-features].versioned")).contains(
                new Position(lineOf(JSON, "\"versioned\": false", merchant), 7));
        assertThat(at.exact("datasets[1].versioned")).isEqualTo(at.exact("datasets[merchant-features].versioned"));
        assertThat(at.exact("endpoints[fraud-api].autoScaling.enabled")).map(Position::line)
                .contains(lineOf(JSON, "\"enabled\": true", lineOf(JSON, "\"autoScaling\"", 1)));
        assertThat(at.exact("environment.keyRotation")).map(Position::line).contains(lineOf(JSON, "\"keyRotation\"", 1));
        assertThat(at.exact("governance.reviewCadence[FAIRNESS]")).map(Position::line).contains(lineOf(JSON, "\"FAIRNESS\"", 1));
        assertThat(at.exact("training")).map(Position::line).contains(lineOf(JSON, "\"training\": {", 1));
        assertThat(at.exact("models[fraud-xgb].trainingDatasetIds[0]")).map(Position::line)
                .contains(lineOf(JSON, "\"transactions\"", lineOf(JSON, "\"trainingDatasetIds\"", 1)));
    }

    @Test
    void aFactTheFileLacksPointsAtTheNearestEnclosingPartElseTheTop() {
        FactLocations at = LensJson.readLocated(JSON, DocumentSyntax.JSON).locations();
        assertThat(at.exact("datasets[merchant-features].labelQualityControl")).isEmpty();
        assertThat(at.locate("datasets[merchant-features].labelQualityControl"))
                .isEqualTo(at.exact("datasets[merchant-features]").orElseThrow());
        assertThat(at.locate("endpoints[fraud-api].autoScaling.cooldownSeconds"))
                .isEqualTo(at.exact("endpoints[fraud-api].autoScaling").orElseThrow());
        assertThat(at.locate("datasets[nope].versioned")).isEqualTo(at.exact("datasets").orElseThrow());
        assertThat(at.locate("featureStore.unknownFact")).isEqualTo(at.exact("featureStore").orElseThrow());
        assertThat(at.locate("nowhere.at.all")).isEqualTo(Position.TOP);
        assertThat(at.locate("$.endpoints[0].autoScaling.maxInstances")).isEqualTo(at.exact("endpoints[fraud-api].autoScaling.maxInstances").orElseThrow());
        assertThat(FactLocations.none().locate("training")).isEqualTo(Position.TOP);
    }

    @Test
    void yamlDocumentsAreLocatedToo() {
        FactLocations at = LensJson.readLocated(YAML, DocumentSyntax.YAML).locations();
        int merchant = lineOf(YAML, "- id: merchant-features", 1);
        assertThat(at.exact("datasets[merchant-features]")).map(Position::line).contains(merchant);
        assertThat(at.exact("datasets[merchant-features].versioned")).map(Position::line)
                .contains(lineOf(YAML, "versioned: false", merchant));
        assertThat(at.exact("training.durationHours")).map(Position::line).contains(lineOf(YAML, "durationHours:", 1));
    }

    @Test
    void idsHoldingDotsAndBracketsStillResolve() {
        String json = "{\"id\": \"w\", \"datasets\": [{\"versioned\": true, \"id\": \"s3://bucket/a.b[1]\"}]}";
        FactLocations at = LensJson.readLocated(json, DocumentSyntax.JSON).locations();
        // a key's position is where its name starts, at the opening quote
        Position versioned = new Position(1, json.indexOf("\"versioned\"") + 1);
        assertThat(at.exact("datasets[s3://bucket/a.b[1]].versioned")).contains(versioned);
        assertThat(at.locate("datasets[s3://bucket/a.b[1]].versioned")).isEqualTo(versioned);
    }
}
