package dev.mllens.watool;

import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import dev.mllens.lens.RiskRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Machine Learning Lens custom-lens file (a test resource, see its README) read with a plain
 * Jackson mapper, independently of the module's reader: what tests compare mllens's data and output with.
 */
final class OfficialLens {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final JsonNode ROOT = JSON.readTree(resource("machine-learning-lens.json"));

    private OfficialLens() {
    }

    static String resource(String name) {
        try (InputStream in = OfficialLens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every question of the file by id, in file order. */
    static Map<String, JsonNode> questions() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode p : ROOT.get("pillars")) {
            for (JsonNode q : p.get("questions")) {
                out.put(q.get("id").asString(), q);
            }
        }
        return out;
    }

    /** The file's risk rules of a question, parsed from its text. */
    static List<RiskRule> rules(String questionId) {
        List<RiskRule> rules = new ArrayList<>();
        for (JsonNode r : questions().get(questionId).get("riskRules")) {
            rules.add(RiskRule.ofTool(r.get("risk").asString(), r.get("condition").asString()));
        }
        return rules;
    }

    /** The lens question with the file's rules in place of the bundled ones: the tool as the file defines it. */
    static Question withOfficialRules(String questionId) {
        Question q = Lens.catalog().question(questionId).orElseThrow();
        return new Question(q.id(), q.pillar(), q.phase(), q.practiceIds(), q.title(), q.description(), rules(questionId));
    }
}
