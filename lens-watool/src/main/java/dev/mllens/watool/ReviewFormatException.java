package dev.mllens.watool;

import dev.mllens.json.DocumentFormatException;
import org.apiguardian.api.API;

/**
 * A review (the tool's {@code list-answers} or {@code get-answer} output) could not be read: {@link #path()}
 * is the JSON path of the bad value, counting pages from 0 when there are several
 * ({@code $[1].AnswerSummaries[3].QuestionId}), and {@link #problem()} says what is wrong; the message is
 * both, on one line.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReviewFormatException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    public ReviewFormatException(String path, String problem) {
        super(path, problem, null);
    }
}
