package dev.mllens.watool;

import dev.mllens.Assessment;
import dev.mllens.QuestionResult;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A review made in the AWS Well-Architected Tool compared, practice by practice, with mllens's findings
 * from the evidence. Covers the questions in the assessment's scope (all 35 for a full assessment); a
 * question missing from the review counts as unanswered there.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reconciliation {

    /** How a practice's answer in the review relates to its finding. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Kind {
        /** The review and the evidence say the same. */
        AGREED("the review and the evidence agree"),
        /** Selected in the review, but the evidence says NOT_MET: the dangerous case. */
        CONTRADICTED("selected in the review, but the evidence says not met"),
        /** Selected in the review, but the evidence says PARTIALLY_MET. */
        PARTLY_CONTRADICTED("selected in the review, but the evidence says only partly met"),
        /** Selected or marked not applicable in the review where the evidence cannot decide: a person's attestation. */
        ATTESTED("the review's answer stands on a person's word: the evidence cannot decide"),
        /** MET by the evidence, not selected in the review. */
        NOT_CLAIMED("met by the evidence, but not selected in the review"),
        /** Marked not applicable in the review, but the evidence says the practice applies. */
        APPLIES("marked not applicable in the review, but the evidence says it applies"),
        /** Answered in the review as applicable, but the evidence says the practice does not apply. */
        DOES_NOT_APPLY("answered as applicable in the review, but the evidence says it does not apply"),
        /** The review has not answered the practice's question. */
        UNANSWERED("the review has not answered the question");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** What the kind means, in a phrase. */
        public String description() {
            return description;
        }
    }

    /** A choice's state in the review, with UNANSWERED for a question the review has not answered. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Claim { SELECTED, UNSELECTED, NOT_APPLICABLE, UNANSWERED }

    /**
     * One practice compared.
     *
     * @param bestPracticeId e.g. {@code MLSEC05-BP01}
     * @param title the practice title
     * @param questionId its question
     * @param choiceId its choice id in the tool
     * @param claim its state in the review
     * @param status mllens's finding
     * @param kind how the two relate
     * @param explanation one sentence: the claim and the evidence behind the finding
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Practice(String bestPracticeId, String title, String questionId, String choiceId, Claim claim,
            Status status, Kind kind, String explanation) {
    }

    /**
     * One question compared: the risk the review has in the tool and the question risk mllens reports.
     *
     * @param questionId e.g. {@code MLSEC05}
     * @param reviewRisk the risk in the review (UNANSWERED when the review lacks the question)
     * @param mllensRisk the question risk from the evidence
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Question(String questionId, Risk reviewRisk, Risk mllensRisk) {

        /** Whether the two risks are the same. */
        public boolean agrees() {
            return reviewRisk == mllensRisk;
        }
    }

    private final Assessment assessment;
    private final Review review;
    private final List<Practice> practices;
    private final List<Question> questions;
    private final List<String> notInReview;
    private final List<String> outOfScope;

    private Reconciliation(Assessment assessment, Review review) {
        this.assessment = assessment;
        this.review = review;
        List<Practice> ps = new ArrayList<>();
        List<Question> qs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (QuestionResult q : assessment.questions()) {
            ReviewedQuestion rq = review.question(q.questionId()).orElse(null);
            if (rq == null) {
                missing.add(q.questionId());
            }
            for (Finding f : q.findings()) {
                ps.add(compare(f, rq));
            }
            qs.add(new Question(q.questionId(), rq == null ? Risk.UNANSWERED : rq.risk(), q.risk()));
        }
        Set<String> inScope = assessment.questions().stream().map(QuestionResult::questionId).collect(Collectors.toSet());
        this.outOfScope = review.questions().stream().map(ReviewedQuestion::questionId).filter(id -> !inScope.contains(id)).toList();
        this.practices = List.copyOf(ps);
        this.questions = List.copyOf(qs);
        this.notInReview = List.copyOf(missing);
    }

    /** Compares a review with an assessment of the same workload. */
    public static Reconciliation of(Assessment assessment, Review review) {
        return new Reconciliation(Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(review, "review"));
    }

    private static Practice compare(Finding f, ReviewedQuestion rq) {
        String choice = Lens.catalog().require(f.bestPracticeId()).waChoiceId();
        Claim claim = rq == null || !rq.answered() ? Claim.UNANSWERED : Claim.valueOf(rq.status(choice).name());
        Kind kind = kind(claim, f.status());
        return new Practice(f.bestPracticeId(), f.title(), f.questionId(), choice, claim, f.status(), kind,
                explain(claim, f, rq == null ? null : rq.notApplicableChoices().get(choice)));
    }

    /** The table of claim against finding. */
    static Kind kind(Claim claim, Status status) {
        return switch (claim) {
            case UNANSWERED -> Kind.UNANSWERED;
            case SELECTED -> switch (status) {
                case MET -> Kind.AGREED;
                case PARTIALLY_MET -> Kind.PARTLY_CONTRADICTED;
                case NOT_MET -> Kind.CONTRADICTED;
                case NOT_APPLICABLE -> Kind.DOES_NOT_APPLY;
                case INSUFFICIENT_EVIDENCE -> Kind.ATTESTED;
            };
            case UNSELECTED -> switch (status) {
                case MET -> Kind.NOT_CLAIMED;
                case NOT_APPLICABLE -> Kind.DOES_NOT_APPLY;
                case PARTIALLY_MET, NOT_MET, INSUFFICIENT_EVIDENCE -> Kind.AGREED;
            };
            case NOT_APPLICABLE -> switch (status) {
                case NOT_APPLICABLE -> Kind.AGREED;
                case INSUFFICIENT_EVIDENCE -> Kind.ATTESTED;
                case MET, PARTIALLY_MET, NOT_MET -> Kind.APPLIES;
            };
        };
    }

    private static String explain(Claim claim, Finding f, ToolReason reason) {
        String said = switch (claim) {
            case SELECTED -> "selected in the review";
            case UNSELECTED -> "not selected in the review";
            case NOT_APPLICABLE -> "not applicable in the review" + (reason == null ? "" : " (" + reason + ")");
            case UNANSWERED -> "question not answered in the review";
        };
        String evidence = switch (f.status()) {
            case MET -> "met: " + f.reason();
            case NOT_APPLICABLE -> f.reason(); // "not applicable: ..." or "waived (...): ..."
            case PARTIALLY_MET, NOT_MET -> (f.status() == Status.NOT_MET ? "not met: " : "partly met: ")
                    + (f.gapTexts().isEmpty() ? f.reason() : String.join("; ", f.gapTexts()));
            case INSUFFICIENT_EVIDENCE -> "cannot decide without " + f.missing().stream().map(Missing::fact)
                    .collect(Collectors.joining(", "));
        };
        return said + "; the evidence: " + evidence;
    }

    /** The assessment compared. */
    public Assessment assessment() {
        return assessment;
    }

    /** The review compared. */
    public Review review() {
        return review;
    }

    /** Every practice of the questions in scope, in lens order. */
    public List<Practice> practices() {
        return practices;
    }

    /** The practices of one kind, in lens order. */
    public List<Practice> practices(Kind kind) {
        return practices.stream().filter(p -> p.kind() == kind).toList();
    }

    /** Practices per kind (every kind present). */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        Arrays.stream(Kind.values()).forEach(k -> m.put(k, 0));
        practices.forEach(p -> m.merge(p.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Whether any practice is of one of these kinds: a CI gate ({@code --fail-on contradicted}). */
    public boolean has(Set<Kind> kinds) {
        return practices.stream().anyMatch(p -> kinds.contains(p.kind()));
    }

    /** The questions in scope: the review's risk beside mllens's. */
    public List<Question> questions() {
        return questions;
    }

    /** Questions in scope that the review does not contain. */
    public List<String> questionsNotInReview() {
        return notInReview;
    }

    /** Questions in the review that are outside the assessment's scope, and so not compared. */
    public List<String> questionsOutOfScope() {
        return outOfScope;
    }
}
