package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether any model runs in production at all, in any form (hosted endpoint, batch job or edge device): practices about watching the model itself apply to batch models too and only lapse for a workload that is not deployed.
 *
 * @param inProduction whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record InProduction(Boolean inProduction, String basis, List<Missing> asks) implements Derived {

    public InProduction {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return inProduction;
    }
}
