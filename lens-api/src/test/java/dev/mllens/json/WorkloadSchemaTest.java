package dev.mllens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mllens.samples.Samples;
import dev.mllens.workload.FactDocs;
import dev.mllens.workload.WorkloadSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated workload schema agrees with the reader: what one accepts the other accepts. */
class WorkloadSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(WorkloadSchema.json());

    @Test
    void theBundledSampleIsValid() {
        assertThat(SCHEMA.validate(Samples.fraudDetectionJson(), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(LensJson.write(Samples.fraudDetection()), InputFormat.JSON)).isEmpty();
    }

    @Test
    void aTopLevelSchemaKeyIsAcceptedByBothAndANestedOneByNeither() {
        String bound = "{\"$schema\": \"./workload.schema.json\", \"id\": \"w\"}";
        assertThat(SCHEMA.validate(bound, InputFormat.JSON)).isEmpty();
        assertThat(LensJson.readWorkload(bound).id()).isEqualTo("w");
        String nested = "{\"id\": \"w\", \"training\": {\"$schema\": \"x\"}}";
        assertThat(SCHEMA.validate(nested, InputFormat.JSON)).isNotEmpty();
        assertThatThrownBy(() -> LensJson.readWorkload(nested)).isInstanceOf(WorkloadFormatException.class);
    }

    @Test
    void everyDocumentedFactIsInTheSchemaWithItsMeaning() {
        JsonNode root = JsonMapper.builder().build().readTree(WorkloadSchema.json());
        FactDocs.all().forEach((path, doc) -> {
            JsonNode node = root;
            for (String part : path.split("\\.")) {
                node = resolve(root, node);
                node = part.endsWith("[]") ? resolve(root, node.get("properties").get(part.substring(0, part.length() - 2))).get("items")
                        : node.get("properties").get(part);
                assertThat(node).as(path).isNotNull();
            }
            assertThat(node.get("description").asString()).as(path).isEqualTo(doc);
        });
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : root.get("$defs").get(ref.asString().substring("#/$defs/".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\": \"w\", \"colour\": \"blue\"}",
        "{\"id\": \"w\", \"cost\": {\"taggingCompliancePct\": 150}}",
        "{\"id\": \"w\", \"training\": {\"hpoParallelJobs\": -1}}",
        "{\"id\": \"w\", \"training\": {\"hpoParallelJobs\": 1.5}}",
        "{\"id\": \"w\", \"context\": {\"inferenceMode\": \"SOMETIMES\"}}",
        "{\"id\": \"w\", \"governance\": {\"escalationPath\": {\"note\": \"no holds\"}}}",
        "{\"id\": \"w\", \"governance\": {\"reviewCadence\": {\"FAIRNESS\": \"HOURLY\"}}}",
        "{\"id\": \"w\", \"datasets\": [{\"name\": \"no id\"}]}",
        "{\"name\": \"no id\"}",
    })
    void whatTheReaderRejectsTheSchemaRejects(String json) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isNotEmpty();
        assertThatThrownBy(() -> LensJson.readWorkload(json)).as(json).isInstanceOf(WorkloadFormatException.class);
    }
}
