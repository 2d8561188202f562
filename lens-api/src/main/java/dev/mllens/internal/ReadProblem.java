package dev.mllens.internal;

import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value the strict readers refuse, with the problem already in the project's words (the path is added
 * as the error travels up). {@link JsonErrors} passes the problem through as it is.
 */
@API(status = API.Status.INTERNAL)
public final class ReadProblem extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    ReadProblem(JsonParser p, String problem) {
        super(p, problem);
        this.problem = problem;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }

    /** How a token reads in a message: "got a string", "got an array", ... */
    static String got(JsonToken t) {
        if (t == null) {
            return "got the end of the document";
        }
        return "got " + switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY, END_ARRAY -> "an array";
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "an object";
            default -> "a value of another kind";
        };
    }
}
