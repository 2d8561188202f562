package dev.mllens.finding;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An element of a practice that the facts state is absent, and the fact that says so:
 * {@code datasets[transactions].encryptionAtRest}: "dataset 'transactions' is stored unencrypted".
 *
 * @param fact path of the fact the gap is about, as in {@link Evidence#fact()}
 * @param text what is absent, one sentence for a person
 */
@API(status = API.Status.STABLE)
public record Gap(String fact, String text) {

    public Gap {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(text, "text");
    }

    // equals and hashCode as a record's own, written out: see Evidence
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Gap g && fact.equals(g.fact) && text.equals(g.text);
    }

    @Override
    public int hashCode() {
        return 31 * fact.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text + " (" + fact + ")";
    }
}
