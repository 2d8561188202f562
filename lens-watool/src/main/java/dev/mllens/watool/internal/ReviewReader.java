package dev.mllens.watool.internal;

import dev.mllens.finding.Risk;
import dev.mllens.json.JacksonErrors;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import dev.mllens.watool.ChoiceStatus;
import dev.mllens.watool.Review;
import dev.mllens.watool.ReviewFormatException;
import dev.mllens.watool.ReviewedQuestion;
import dev.mllens.watool.ToolReason;
import dev.mllens.watool.UpdateAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;


/**
 * Reads the tool's {@code list-answers} output ({@code ListAnswersOutput}) and {@code get-answer} output
 * ({@code GetAnswerOutput}): one document, an array of them, or several one after another (paged output
 * concatenated). Fields mllens does not use are ignored, so newer outputs still read; the fields it uses
 * must have the tool's types, name questions and choices of the lens, and agree across pages.
 */
@API(status = API.Status.INTERNAL)
public final class ReviewReader {

    private ReviewReader() {
    }

    /** Reads a review; errors name the JSON path, counting pages from 0 when there are several. */
    public static Review read(String json) {
        List<JsonNode> docs = new ArrayList<>();
        // one root value after another; a root array stays one value (it is an array of pages)
        try (JsonParser parser = ToolJson.MAPPER.createParser(json)) {
            JsonNode doc;
            while ((doc = ToolJson.MAPPER.readTree(parser)) != null && !doc.isMissingNode()) {
                docs.add(doc);
            }
        } catch (JacksonException e) {
            WorkloadFormatException w = JacksonErrors.translate(e);
            throw new ReviewFormatException(w.path(), w.problem());
        }
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        if (docs.size() == 1 && docs.get(0).isArray()) {
            for (int i = 0; i < docs.get(0).size(); i++) {
                pages.put("$[" + i + "]", docs.get(0).get(i));
            }
        } else if (docs.size() == 1) {
            pages.put("$", docs.get(0));
        } else {
            for (int i = 0; i < docs.size(); i++) {
                pages.put("$[" + i + "]", docs.get(i));
            }
        }
        if (pages.isEmpty()) {
            throw new ReviewFormatException("$", "no answers: expected the output of aws wellarchitected list-answers or get-answer");
        }
        return new Reader().read(pages);
    }

    /** Reading state: the header fields seen so far and the questions read. */
    private static final class Reader {
        private final Map<String, String[]> header = new LinkedHashMap<>();
        private final Map<String, ReviewedQuestion> questions = new LinkedHashMap<>();

        Review read(Map<String, JsonNode> pages) {
            pages.forEach(this::page);
            List<ReviewedQuestion> ordered = questions.values().stream()
                    .sorted(Comparator.comparingInt(q -> Lens.catalog().questions().indexOf(q.question()))).toList();
            return new Review(value("WorkloadId"), value("LensAlias"), value("LensArn"), ordered);
        }

        private String value(String field) {
            String[] seen = header.get(field);
            return seen == null ? null : seen[0];
        }

        private void page(String at, JsonNode page) {
            if (!page.isObject()) {
                throw new ReviewFormatException(at, "expected the output of list-answers or get-answer (an object), got " + kind(page));
            }
            for (String field : List.of("WorkloadId", "LensAlias", "LensArn")) {
                String v = string(page, at, field);
                if (v == null) {
                    continue;
                }
                String[] seen = header.putIfAbsent(field, new String[] {v, at});
                if (seen != null && !seen[0].equals(v)) {
                    throw new ReviewFormatException(at + "." + field, "'" + v + "' differs from '" + seen[0] + "' in "
                            + seen[1] + ": the pages are of different " + (field.equals("WorkloadId") ? "workloads" : "lenses"));
                }
            }
            String alias = string(page, at, "LensAlias");
            if (alias != null && !UpdateAnswer.CUSTOM_LENS_ARN.matcher(alias).matches()) {
                throw new ReviewFormatException(at + ".LensAlias", "'" + alias + "' is not a custom lens (an AWS lens, or "
                        + "another alias); export the answers of the lens imported from mllens lens-export");
            }
            if (page.has("AnswerSummaries")) {
                JsonNode list = array(page, at, "AnswerSummaries");
                for (int i = 0; i < list.size(); i++) {
                    answer(at + ".AnswerSummaries[" + i + "]", list.get(i), "ChoiceAnswerSummaries");
                }
            } else if (page.has("Answer")) {
                answer(at + ".Answer", page.get("Answer"), "ChoiceAnswers");
            } else {
                throw new ReviewFormatException(at, "expected AnswerSummaries (list-answers output) or Answer "
                        + "(get-answer output); found " + (page.isEmpty() ? "no fields" : String.join(", ", page.propertyNames())));
            }
        }

        private void answer(String at, JsonNode a, String choiceAnswersField) {
            if (!a.isObject()) {
                throw new ReviewFormatException(at, "expected an answer object, got " + kind(a));
            }
            String id = string(a, at, "QuestionId");
            if (id == null) {
                throw new ReviewFormatException(at + ".QuestionId", "missing");
            }
            Question q = Lens.catalog().question(id).orElseThrow(() -> new ReviewFormatException(at + ".QuestionId",
                    "unknown question '" + id + "': the review is not of the Machine Learning Lens (its questions are "
                            + "MLOPS01 ... MLSUS06); export the answers of the lens imported from mllens lens-export"));
            String pillarId = string(a, at, "PillarId");
            String expectedPillar = ToolIds.pillarId(q.pillar());
            if (pillarId != null && !pillarId.equals(expectedPillar)) {
                throw new ReviewFormatException(at + ".PillarId", "question " + id + " belongs to pillar '" + expectedPillar
                        + "', not '" + pillarId + "'");
            }
            Set<String> choices = new LinkedHashSet<>(q.choiceIds());
            choices.add(q.noneChoiceId());
            Set<String> selected = new LinkedHashSet<>();
            if (a.has("SelectedChoices")) {
                JsonNode list = array(a, at, "SelectedChoices");
                for (int i = 0; i < list.size(); i++) {
                    selected.add(choice(at + ".SelectedChoices[" + i + "]", list.get(i), q, choices));
                }
            }
            Map<String, ToolReason> notApplicable = new LinkedHashMap<>();
            if (a.has(choiceAnswersField)) {
                JsonNode list = array(a, at, choiceAnswersField);
                for (int i = 0; i < list.size(); i++) {
                    String ca = at + "." + choiceAnswersField + "[" + i + "]";
                    JsonNode c = list.get(i);
                    if (!c.isObject()) {
                        throw new ReviewFormatException(ca, "expected a choice answer object, got " + kind(c));
                    }
                    if (!c.has("ChoiceId")) {
                        throw new ReviewFormatException(ca + ".ChoiceId", "missing");
                    }
                    String choice = choice(ca + ".ChoiceId", c.get("ChoiceId"), q, choices);
                    ChoiceStatus status = enumValue(c, ca, "Status", ChoiceStatus::valueOf, ChoiceStatus.values());
                    ToolReason reason = enumValue(c, ca, "Reason", ToolReason::valueOf, ToolReason.values());
                    string(c, ca, "Notes");
                    if (status == ChoiceStatus.SELECTED) {
                        selected.add(choice);
                    } else if (status == ChoiceStatus.NOT_APPLICABLE) {
                        if (choice.equals(q.noneChoiceId())) {
                            throw new ReviewFormatException(ca + ".Status", "choice " + choice + " (none of these) cannot be not applicable");
                        }
                        notApplicable.put(choice, reason == null ? ToolReason.NONE : reason);
                    }
                }
            }
            for (String c : selected) {
                if (notApplicable.containsKey(c)) {
                    throw new ReviewFormatException(at, "choice " + c + " is both selected and not applicable");
                }
            }
            boolean applicable = true;
            if (a.has("IsApplicable")) {
                if (!a.get("IsApplicable").isBoolean()) {
                    throw new ReviewFormatException(at + ".IsApplicable", "expected true or false, got " + kind(a.get("IsApplicable")));
                }
                applicable = a.get("IsApplicable").booleanValue();
            }
            ToolReason reason = enumValue(a, at, "Reason", ToolReason::valueOf, ToolReason.values());
            Risk risk = enumValue(a, at, "Risk", Risk::valueOf, Risk.values());
            add(new ReviewedQuestion(id, applicable, reason, risk, List.copyOf(selected), notApplicable,
                    string(a, at, "Notes"), at));
        }

        /**
         * A question may come twice, from list-answers and from get-answer (which adds notes): the two must
         * give the same answer, and the notes are kept.
         */
        private void add(ReviewedQuestion q) {
            ReviewedQuestion first = questions.get(q.questionId());
            if (first == null) {
                questions.put(q.questionId(), q);
                return;
            }
            if (first.applicable() != q.applicable() || !Set.copyOf(first.selectedChoices()).equals(Set.copyOf(q.selectedChoices()))
                    || !first.notApplicableChoices().keySet().equals(q.notApplicableChoices().keySet())
                    || (first.statedRisk() != null && q.statedRisk() != null && first.statedRisk() != q.statedRisk())) {
                throw new ReviewFormatException(q.source(), "question " + q.questionId() + " is answered differently at "
                        + first.source() + ": give one answer per question");
            }
            questions.put(q.questionId(), new ReviewedQuestion(first.questionId(), first.applicable(),
                    first.reason() != null ? first.reason() : q.reason(), first.statedRisk() != null ? first.statedRisk() : q.statedRisk(),
                    first.selectedChoices(), first.notApplicableChoices(), first.notes() != null ? first.notes() : q.notes(),
                    first.source()));
        }

        private static String choice(String at, JsonNode node, Question q, Set<String> choices) {
            if (!node.isString()) {
                throw new ReviewFormatException(at, "expected a choice id (a string), got " + kind(node));
            }
            String c = node.stringValue();
            if (!choices.contains(c)) {
                throw new ReviewFormatException(at, "'" + c + "' is not a choice of question " + q.id() + " (its choices are "
                        + String.join(", ", choices) + ")");
            }
            return c;
        }
    }

    private static String string(JsonNode obj, String at, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new ReviewFormatException(at + "." + field, "expected a string, got " + kind(v));
        }
        return v.stringValue();
    }

    private static JsonNode array(JsonNode obj, String at, String field) {
        JsonNode v = obj.get(field);
        if (!v.isArray()) {
            throw new ReviewFormatException(at + "." + field, "expected an array, got " + kind(v));
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode obj, String at, String field, Function<String, E> parse, E[] values) {
        String v = string(obj, at, field);
        if (v == null) {
            return null;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(at + "." + field, "'" + v + "' is not one of "
                    + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isString()) {
            return "the string \"" + n.stringValue() + "\"";
        }
        return n.isNull() ? "null" : n.toString();
    }
}
