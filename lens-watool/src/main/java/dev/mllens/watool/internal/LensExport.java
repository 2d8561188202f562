package dev.mllens.watool.internal;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The lens as an AWS Well-Architected Tool custom lens (schema 2021-11-01): the official pillar, question
 * and choice ids, the practice titles and the official risk rules, with mllens's own question texts,
 * summaries and improvement steps. Every text goes through {@link ToolText#sanitize}; a text over the
 * format's limits is a defect of the bundled catalog and fails at once.
 */
@API(status = API.Status.INTERNAL)
public final class LensExport {

    private LensExport() {
    }

    /** The format's limits, as the tool's lens format specification states them. */
    public static final int MAX_TITLE = 128;
    public static final int MAX_TEXT = 2048;

    record LensDocument(String schemaVersion, String name, String description, List<PillarDocument> pillars) {
    }

    record PillarDocument(String id, String name, List<QuestionDocument> questions) {
    }

    record QuestionDocument(String id, String title, String description, List<ChoiceDocument> choices,
            List<RuleDocument> riskRules) {
    }

    record ChoiceDocument(String id, String title, Content helpfulResource, Content improvementPlan) {
    }

    record Content(String displayText, String url) {
    }

    record RuleDocument(String condition, String risk) {
    }

    /** The custom lens as JSON. */
    public static String json(Lens lens) {
        List<PillarDocument> pillars = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            List<QuestionDocument> questions = lens.questions().stream().filter(q -> q.pillar() == pillar)
                    .map(q -> question(lens, q)).toList();
            pillars.add(new PillarDocument(ToolIds.pillarId(pillar), title(ToolIds.pillarName(pillar)), questions));
        }
        LensDocument doc = new LensDocument("2021-11-01", title("Machine Learning Lens (mllens, edition " + Lens.EDITION + ")"),
                text("The AWS Well-Architected Machine Learning Lens, edition " + Lens.EDITION + ", as mllens assesses it: "
                        + "105 best practices in 35 questions, with the official ids and risk rules and mllens's own "
                        + "question texts, summaries and improvement steps. Answer it by hand, or push the answers "
                        + "mllens decides from evidence (mllens assess --format wa-answers)."),
                pillars);
        return ToolJson.MAPPER.writeValueAsString(doc);
    }

    private static QuestionDocument question(Lens lens, Question q) {
        List<ChoiceDocument> choices = new ArrayList<>();
        for (String id : q.practiceIds()) {
            BestPractice p = lens.require(id);
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < p.improvementSteps().size(); i++) {
                steps.add((i + 1) + ". " + p.improvementSteps().get(i));
            }
            choices.add(new ChoiceDocument(p.waChoiceId(), title(p.title()),
                    new Content(text(p.summary()), p.documentationUrl()),
                    new Content(text(String.join("\n", steps)), p.documentationUrl())));
        }
        choices.add(new ChoiceDocument(q.noneChoiceId(), "None of these",
                new Content("Choose this when the workload follows none of the practices above.", null), null));
        List<RuleDocument> rules = q.riskRules().stream().map(r -> new RuleDocument(r.condition(), r.toolRisk())).toList();
        return new QuestionDocument(q.id(), title(q.title()), text(q.description()), choices, rules);
    }

    private static String title(String s) {
        return within(ToolText.sanitize(s), MAX_TITLE);
    }

    private static String text(String s) {
        return within(ToolText.sanitize(s), MAX_TEXT);
    }

    private static String within(String s, int max) {
        if (s.length() > max) {
            throw new IllegalStateException("lens text over the tool's limit of " + max + " characters: " + s);
        }
        return s;
    }
}
