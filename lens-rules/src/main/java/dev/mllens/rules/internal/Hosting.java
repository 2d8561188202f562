package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether the workload serves predictions from a hosted endpoint (real-time, serverless or asynchronous).
 *
 * @param hosted whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record Hosting(Boolean hosted, String basis, List<Missing> asks) implements Derived {

    public Hosting {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return hosted;
    }
}
