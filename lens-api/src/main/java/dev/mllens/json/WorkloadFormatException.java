package dev.mllens.json;

import dev.mllens.report.SafeText;
import org.apiguardian.api.API;

/**
 * A document (a workload, or a saved report read as an assessment or a baseline) could not be read. {@link #path()} is the JSON path of the bad value
 * ({@code $.endpoints[1].autoScaling.maxInstances}) and {@link #problem()} says what is wrong with it;
 * the message is both, on one line, fit for a command-line user.
 */
@API(status = API.Status.STABLE)
public final class WorkloadFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int line;

    public WorkloadFormatException(String path, String problem, Throwable cause) {
        this(path, problem, 0, cause);
    }

    /**
     * An error at a known line of the document; the message ends with {@code (line N)}.
     *
     * @param line 1-based line of the value, 0 when unknown
     */
    @API(status = API.Status.EXPERIMENTAL)
    public WorkloadFormatException(String path, String problem, int line, Throwable cause) {
        // path and problem quote the document: made visible so that the message stays one line
        super(SafeText.line(path + ": " + problem + (line > 0 ? " (line " + line + ")" : "")), cause);
        this.path = path;
        this.problem = problem;
        this.line = line;
    }

    /** The 1-based line of the bad value in the document, or 0 when unknown (JSON errors name the path only). */
    @API(status = API.Status.EXPERIMENTAL)
    public int line() {
        return line;
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
