package dev.mllens.watool;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A review of the Machine Learning Lens made in the AWS Well-Architected Tool, as read from its
 * {@code list-answers} and {@code get-answer} output by {@link WaTool#readAnswers(String)}.
 *
 * @param workloadId the tool's workload id, or null when the output had none
 * @param lensAlias the lens alias or ARN the review is of, or null when the output had none
 * @param lensArn the lens ARN, or null when the output had none
 * @param questions the questions answered in the review, in lens order
 */
@API(status = API.Status.EXPERIMENTAL)
public record Review(String workloadId, String lensAlias, String lensArn, List<ReviewedQuestion> questions) {

    public Review {
        questions = List.copyOf(questions);
    }

    /** The question with this id, if the review has it. */
    public Optional<ReviewedQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
