package dev.mllens.watool;

import dev.mllens.finding.Risk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the tool would compute from exported {@code UpdateAnswer} elements, read as plain JSON: each
 * question's risk by the official file's rules ({@link OfficialLens#withOfficialRules}).
 */
final class ToolAnswers {

    private ToolAnswers() {
    }

    static Map<String, Risk> risks(String answersJson) {
        Map<String, Risk> out = new HashMap<>();
        for (JsonNode e : OfficialLens.JSON.readTree(answersJson)) {
            String id = e.get("QuestionId").asString();
            Set<String> selected = new HashSet<>();
            e.get("SelectedChoices").forEach(c -> selected.add(c.asString()));
            Set<String> notApplicable = new HashSet<>();
            if (e.has("ChoiceUpdates")) {
                e.get("ChoiceUpdates").properties().forEach(u -> {
                    if (u.getValue().get("Status").asString().equals("NOT_APPLICABLE")) {
                        notApplicable.add(u.getKey());
                    }
                });
            }
            Risk risk = e.get("IsApplicable").booleanValue()
                    ? OfficialLens.withOfficialRules(id).risk(selected, notApplicable) : Risk.NOT_APPLICABLE;
            if (out.put(id, risk) != null) {
                throw new AssertionError("question " + id + " exported twice");
            }
        }
        return out;
    }
}
