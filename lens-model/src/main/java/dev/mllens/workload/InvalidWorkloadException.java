package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A workload fact has an impossible value. {@link #field()} names the place, relative to the record
 * that rejected it (for example {@code maxInstances}, or {@code models[1].trainingDatasetIds[0]} when
 * the whole workload rejects a reference); readers of JSON prefix it with the object's JSON path.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InvalidWorkloadException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InvalidWorkloadException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field, or path of fields, holding the bad value. */
    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field name. */
    public String problem() {
        return problem;
    }
}
