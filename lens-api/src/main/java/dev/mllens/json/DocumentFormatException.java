package dev.mllens.json;

import dev.mllens.report.SafeText;
import org.apiguardian.api.API;

/**
 * A document could not be read. {@link #path()} is the JSON path of the bad value and {@link #problem()}
 * says what is wrong with it; the message is both, on one line, fit for a command-line user (whatever the
 * document holds: the path and the problem quote it, so they are made visible). Each kind of document has
 * its subclass (a workload or saved report, a review of the AWS Well-Architected Tool), so callers can
 * catch one kind or all.
 */
@API(status = API.Status.STABLE)
public abstract class DocumentFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int line;

    protected DocumentFormatException(String path, String problem, Throwable cause) {
        this(path, problem, 0, cause);
    }

    /**
     * An error at a known line of the document; the message ends with {@code (line N)}.
     *
     * @param line 1-based line of the value, 0 when unknown
     */
    protected DocumentFormatException(String path, String problem, int line, Throwable cause) {
        super(SafeText.line(path + ": " + problem + (line > 0 ? " (line " + line + ")" : "")), cause);
        this.path = path;
        this.problem = problem;
        this.line = line;
    }

    /** JSON path of the value, {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** The 1-based line of the bad value in the document, or 0 when unknown (JSON errors name the path only). */
    public int line() {
        return line;
    }
}
