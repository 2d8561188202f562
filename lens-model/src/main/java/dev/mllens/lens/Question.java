package dev.mllens.lens;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A lens question: the best practices of one pillar in one lifecycle phase. Its id is also the
 * AWS Well-Architected Tool question id.
 *
 * @param id e.g. {@code MLSEC03}
 * @param pillar the pillar
 * @param phase the lifecycle phase
 * @param practiceIds the ids of its best practices, in lens order
 */
@API(status = API.Status.STABLE)
public record Question(String id, Pillar pillar, Phase phase, List<String> practiceIds) {

    public Question {
        practiceIds = List.copyOf(practiceIds);
    }

    /** A title built from pillar and phase, e.g. "Security: Data processing" (the lens gives questions no text). */
    public String title() {
        return pillar.displayName() + ": " + phase.displayName();
    }
}
