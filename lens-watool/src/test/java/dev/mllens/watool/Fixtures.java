package dev.mllens.watool;

/**
 * The hand-made review of the bundled sample (test resources): a team's answers to the lens imported from
 * {@code mllens lens-export}, as the tool returns them: two {@code list-answers} pages one after the other,
 * and the {@code get-answer} output of MLSEC05, which adds notes.
 */
final class Fixtures {

    private Fixtures() {
    }

    static String listAnswers() {
        return OfficialLens.resource("review-list-answers.json");
    }

    static String getAnswer() {
        return OfficialLens.resource("review-get-answer-MLSEC05.json");
    }

    /** Both, concatenated as a shell would ({@code cat list.json get.json}). */
    static String review() {
        return listAnswers() + getAnswer();
    }
}
