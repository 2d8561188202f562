package dev.mllens.watool;

import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.watool.Reconciliation.Kind;
import dev.mllens.watool.internal.ToolJson;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A reconciliation as text for people or as JSON for tools. No I/O: both return strings. */
@API(status = API.Status.EXPERIMENTAL)
public final class ReconciliationReport {

    private ReconciliationReport() {
    }

    /** The order of the text report: the dangerous disagreements first. */
    private static final List<Kind> ORDER = List.of(Kind.CONTRADICTED, Kind.PARTLY_CONTRADICTED, Kind.APPLIES,
            Kind.ATTESTED, Kind.NOT_CLAIMED, Kind.DOES_NOT_APPLY, Kind.UNANSWERED);

    /** The text report: counts per kind, every practice that is not agreed with why, and question risks that differ. */
    public static String text(Reconciliation r) {
        StringBuilder s = new StringBuilder();
        Review review = r.review();
        s.append("mllens reconciliation: ").append(r.assessment().workloadName()).append(" (")
                .append(r.assessment().workloadId()).append(") against a review in the AWS Well-Architected Tool\n");
        s.append("review of workload ").append(orUnknown(review.workloadId())).append(", lens ")
                .append(orUnknown(review.lensAlias())).append("; ").append(review.questions().size())
                .append(" questions in the review, ").append(r.questions().size()).append(" compared\n\n");
        Map<Kind, Integer> counts = r.counts();
        s.append("Practices\n");
        for (Kind k : Kind.values()) {
            s.append(String.format("  %-20s %4d  %s%n", k, counts.get(k), k.description()));
        }
        for (Kind k : ORDER) {
            List<Reconciliation.Practice> ps = r.practices(k);
            if (ps.isEmpty()) {
                continue;
            }
            s.append('\n').append(k).append(": ").append(k.description()).append('\n');
            for (Reconciliation.Practice p : ps) {
                s.append("  ").append(p.bestPracticeId()).append(' ').append(p.title()).append('\n');
                s.append("      ").append(p.explanation()).append('\n');
            }
        }
        List<Reconciliation.Question> differ = r.questions().stream().filter(q -> !q.agrees()).toList();
        s.append('\n').append(r.questions().size() - differ.size()).append(" of ").append(r.questions().size())
                .append(" questions have the same risk in the review and from the evidence");
        if (!differ.isEmpty()) {
            s.append("; they differ in:\n");
            for (Reconciliation.Question q : differ) {
                s.append(String.format("  %-9s review %-14s evidence %s%n", q.questionId(), q.reviewRisk(), q.mllensRisk()));
            }
        } else {
            s.append('\n');
        }
        if (!r.questionsNotInReview().isEmpty()) {
            s.append("Not in the review: ").append(String.join(", ", r.questionsNotInReview())).append('\n');
        }
        if (!r.questionsOutOfScope().isEmpty()) {
            s.append("In the review but out of scope, not compared: ").append(String.join(", ", r.questionsOutOfScope())).append('\n');
        }
        return s.toString();
    }

    private static String orUnknown(String s) {
        return s == null ? "(not stated)" : s;
    }

    /**
     * The JSON form of a reconciliation.
     *
     * @param workload id and name of the assessed workload
     * @param review the review's workload id, lens alias and lens ARN (absent when its output had none)
     * @param counts practices per kind
     * @param practices every practice compared, in lens order
     * @param questions every question compared: the review's risk and mllens's
     * @param questionsNotInReview questions in scope the review lacks
     * @param questionsOutOfScope questions in the review outside the assessment's scope
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Document(WorkloadRef workload, ReviewRef review, Map<Kind, Integer> counts,
            List<PracticeEntry> practices, List<QuestionEntry> questions, List<String> questionsNotInReview,
            List<String> questionsOutOfScope) {
    }

    /** Id and name of the assessed workload. */
    @API(status = API.Status.EXPERIMENTAL)
    public record WorkloadRef(String id, String name) {
    }

    /** What the review is of. */
    @API(status = API.Status.EXPERIMENTAL)
    public record ReviewRef(String workloadId, String lensAlias, String lensArn, int questions) {
    }

    /** One practice compared. */
    @API(status = API.Status.EXPERIMENTAL)
    public record PracticeEntry(String bestPracticeId, String questionId, String choiceId, String title,
            Reconciliation.Claim review, Status status, Kind kind, String explanation) {
    }

    /** One question compared. */
    @API(status = API.Status.EXPERIMENTAL)
    public record QuestionEntry(String questionId, Risk reviewRisk, Risk mllensRisk, boolean agrees) {
    }

    /** The JSON document of a reconciliation. */
    public static Document document(Reconciliation r) {
        Review v = r.review();
        return new Document(new WorkloadRef(r.assessment().workloadId(), r.assessment().workloadName()),
                new ReviewRef(v.workloadId(), v.lensAlias(), v.lensArn(), v.questions().size()), r.counts(),
                r.practices().stream().map(p -> new PracticeEntry(p.bestPracticeId(), p.questionId(), p.choiceId(), p.title(),
                        p.claim(), p.status(), p.kind(), p.explanation())).toList(),
                r.questions().stream().map(q -> new QuestionEntry(q.questionId(), q.reviewRisk(), q.mllensRisk(), q.agrees())).toList(),
                r.questionsNotInReview(), r.questionsOutOfScope());
    }

    /** The reconciliation as JSON. */
    public static String json(Reconciliation r) {
        return ToolJson.MAPPER.writeValueAsString(document(r));
    }
}
