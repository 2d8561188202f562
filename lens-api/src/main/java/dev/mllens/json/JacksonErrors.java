package dev.mllens.json;

import dev.mllens.internal.JsonErrors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;

/**
 * Jackson's read errors as one-line path-and-problem errors, for mllens's own modules that read other JSON
 * documents with Jackson (lens-watool reads the AWS Well-Architected Tool's output). Not API: it lets those
 * modules share the translation without reaching into lens-api's internal package.
 */
@API(status = API.Status.INTERNAL, consumers = "dev.mllens.watool.*")
public final class JacksonErrors {

    private JacksonErrors() {
    }

    /** The error's JSON path and problem, as {@link LensJson} reports them. */
    public static WorkloadFormatException translate(JacksonException e) {
        return JsonErrors.translate(e);
    }
}
