package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether any model runs on edge devices (alone or next to cloud inference).
 *
 * @param edge whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record EdgeDeployment(Boolean edge, String basis, List<Missing> asks) implements Derived {

    public EdgeDeployment {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return edge;
    }
}
