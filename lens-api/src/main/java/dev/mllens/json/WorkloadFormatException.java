package dev.mllens.json;

import org.apiguardian.api.API;

/**
 * A document (a workload, or a saved report read as an assessment or a baseline) could not be read. {@link #path()} is the JSON path of the bad value
 * ({@code $.endpoints[1].autoScaling.maxInstances}) and {@link #problem()} says what is wrong with it;
 * the message is both, on one line, fit for a command-line user.
 */
@API(status = API.Status.STABLE)
public final class WorkloadFormatException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    public WorkloadFormatException(String path, String problem, Throwable cause) {
        super(path, problem, cause);
    }

    /**
     * An error at a known line of the document; the message ends with {@code (line N)}.
     *
     * @param line 1-based line of the value, 0 when unknown
     */
    @API(status = API.Status.EXPERIMENTAL)
    public WorkloadFormatException(String path, String problem, int line, Throwable cause) {
        super(path, problem, line, cause);
    }
}
