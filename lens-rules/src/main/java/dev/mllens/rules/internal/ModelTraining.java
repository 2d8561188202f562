package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Derived fact ({@link DerivedFacts}): whether the workload trains or fine-tunes models of its own, as opposed to using every model as is (a pretrained model deployed unchanged, a managed AI service, a foundation model API).
 *
 * @param inHouse whether it holds; null when the stated facts do not decide it
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 * @param asks what to state to decide it, when undecided (questions without a full stop)
 */
@API(status = API.Status.INTERNAL)
public record ModelTraining(Boolean inHouse, String basis, List<Missing> asks) implements Derived {

    public ModelTraining {
        asks = List.copyOf(asks);
    }

    @Override
    public Boolean holds() {
        return inHouse;
    }
}
