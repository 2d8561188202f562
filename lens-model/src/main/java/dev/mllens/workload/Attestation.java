package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * A person's statement about something only people can answer (a plan exists, a review happened),
 * as opposed to configuration that can be observed.
 * In a document it is a bare boolean or an object with {@code holds}, {@code note} and {@code attestedBy}.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("A person's statement: a bare boolean, or an object with the evidence behind it.")
public record Attestation(
        @Fact(value = "Whether the statement holds.", required = true) boolean holds,
        @Fact("Evidence or context, e.g. a document id.") String note,
        @Fact("Who made the statement.") String attestedBy) {

    /** A statement without a note. */
    public static Attestation of(boolean holds) {
        return new Attestation(holds, null, null);
    }

    /** A statement that the thing is in place, with a note pointing at the evidence. */
    public static Attestation yes(String note) {
        return new Attestation(true, note, null);
    }

    /** A statement that the thing is not in place, with a note. */
    public static Attestation no(String note) {
        return new Attestation(false, note, null);
    }

    /** Renders the statement for evidence lists: {@code attested yes (note)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("attested ").append(holds ? "yes" : "no");
        if (note != null && !note.isBlank()) {
            s.append(" (").append(note).append(')');
        }
        if (attestedBy != null && !attestedBy.isBlank()) {
            s.append(" by ").append(attestedBy);
        }
        return s.toString();
    }
}
