package dev.mllens.finding;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fact that was not stated but would let the rule decide.
 *
 * @param fact path of the fact in the workload, e.g. {@code datasets[transactions].encryptionAtRest}
 * @param question what to state, phrased for a person
 */
@API(status = API.Status.STABLE)
public record Missing(String fact, String question) {

    public Missing {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(question, "question");
    }

    // equals and hashCode as a record's own, written out: see Evidence
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Missing m && fact.equals(m.fact) && question.equals(m.question);
    }

    @Override
    public int hashCode() {
        return 31 * fact.hashCode() + question.hashCode();
    }

    @Override
    public String toString() {
        return fact + ": " + question;
    }
}
