package dev.mllens.json;

import org.apiguardian.api.API;

/**
 * A JSON document could not be read. {@link #path()} is the JSON path of the bad value and
 * {@link #problem()} says what is wrong with it; the message is both, on one line, fit for a command-line
 * user. Each kind of document has its subclass (a workload or saved report, a review of the AWS
 * Well-Architected Tool), so callers can catch one kind or all.
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class DocumentFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    protected DocumentFormatException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** JSON path of the value, {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
