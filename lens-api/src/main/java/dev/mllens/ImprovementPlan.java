package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Pillar;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What to do next, most urgent first: every assessed practice that is not met, partially met or
 * undecided, ordered by risk (HIGH, MEDIUM, UNANSWERED, NONE), then pillar, then id. Practices that
 * have no rule yet are left out: they are listed in {@link Assessment#unassessed()}.
 *
 * @param items the steps, most urgent first
 */
@API(status = API.Status.STABLE)
public record ImprovementPlan(List<Item> items) {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::risk)
            .thenComparing(Finding::pillar).thenComparing(Finding::bestPracticeId);

    public ImprovementPlan {
        items = List.copyOf(items);
    }

    /** The first {@code n} items. */
    public List<Item> top(int n) {
        return items.subList(0, Math.min(n, items.size()));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * One practice to improve.
     *
     * @param bestPracticeId the practice
     * @param title its lens title
     * @param pillar its pillar
     * @param status the finding's status
     * @param risk the finding's risk
     * @param gaps what is stated absent, each with its fact
     * @param missing what to state so the rule can decide
     * @param actions the improvement steps that close the gaps
     */
    @API(status = API.Status.STABLE)
    public record Item(String bestPracticeId, String title, Pillar pillar, Status status, Risk risk,
            List<Gap> gaps, List<Missing> missing, List<String> actions) {

        public Item {
            gaps = List.copyOf(gaps);
            missing = List.copyOf(missing);
            actions = List.copyOf(actions);
        }

        static Item of(Finding f) {
            return new Item(f.bestPracticeId(), f.title(), f.pillar(), f.status(), f.risk(), f.gaps(), f.missing(),
                    f.actions());
        }
    }
}
