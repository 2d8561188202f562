package dev.mllens.watool;

import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the tool would hold after the exported {@code UpdateAnswer} calls, returned as {@code list-answers}
 * output: the answers read back as plain JSON, the risk from the official file's rules.
 */
final class FakeTool {

    private FakeTool() {
    }

    static String listAnswers(String answersJson, String workloadId, String lensArn) {
        ObjectNode page = OfficialLens.JSON.createObjectNode();
        page.put("WorkloadId", workloadId);
        page.put("LensAlias", lensArn);
        page.put("LensArn", lensArn);
        ArrayNode summaries = page.putArray("AnswerSummaries");
        for (JsonNode e : OfficialLens.JSON.readTree(answersJson)) {
            Question q = Lens.catalog().question(e.get("QuestionId").asString()).orElseThrow();
            Set<String> selected = new HashSet<>();
            e.get("SelectedChoices").forEach(c -> selected.add(c.asString()));
            ObjectNode s = summaries.addObject();
            s.put("QuestionId", q.id());
            s.put("PillarId", WaTool.pillarId(q.pillar()));
            s.put("QuestionTitle", q.title());
            s.set("SelectedChoices", e.get("SelectedChoices"));
            ArrayNode choices = s.putArray("ChoiceAnswerSummaries");
            List<String> all = new ArrayList<>(q.choiceIds());
            all.add(q.noneChoiceId());
            for (String c : all) {
                ObjectNode ca = choices.addObject();
                ca.put("ChoiceId", c);
                JsonNode update = e.has("ChoiceUpdates") ? e.get("ChoiceUpdates").get(c) : null;
                if (update != null) {
                    ca.put("Status", update.get("Status").asString());
                    ca.put("Reason", update.get("Reason").asString());
                } else {
                    ca.put("Status", selected.contains(c) ? "SELECTED" : "UNSELECTED");
                }
            }
            s.put("IsApplicable", e.get("IsApplicable").booleanValue());
            if (e.has("Reason")) {
                s.put("Reason", e.get("Reason").asString());
            }
            s.put("Risk", ToolAnswers.risks(OfficialLens.JSON.writeValueAsString(List.of(e))).get(q.id()).name());
        }
        return OfficialLens.JSON.writeValueAsString(page);
    }
}
