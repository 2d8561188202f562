package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether the declared datasets hold personal or otherwise sensitive data.
 *
 * @param present whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record PersonalData(Boolean present, String basis, List<Missing> asks) implements Derived {

    public PersonalData {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return present;
    }
}
