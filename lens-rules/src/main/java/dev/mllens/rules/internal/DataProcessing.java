package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether the workload prepares data of its own (training, fine-tuning or feature data), as opposed to only calling a managed AI service or a foundation model API; concrete evidence of its own data outweighs a stated context.ownDataProcessing = false.
 *
 * @param inScope whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record DataProcessing(Boolean inScope, String basis, List<Missing> asks) implements Derived {

    public DataProcessing {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return inScope;
    }
}
