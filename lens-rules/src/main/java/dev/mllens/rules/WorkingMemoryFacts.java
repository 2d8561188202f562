package dev.mllens.rules;

import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.List;

/** Flattens a workload into working-memory facts: each section and each list item is its own fact. */
final class WorkingMemoryFacts {

    private WorkingMemoryFacts() {
    }

    static List<Object> of(Workload w) {
        List<Object> facts = new ArrayList<>();
        facts.add(w);
        facts.add(w.context());
        facts.add(w.governance());
        facts.add(w.businessGoal());
        facts.addAll(w.datasets());
        facts.add(w.featureStore());
        facts.add(w.pipelines());
        facts.add(w.training());
        facts.addAll(w.models());
        facts.addAll(w.endpoints());
        facts.add(w.monitoring());
        facts.add(w.environment());
        facts.add(w.cost());
        facts.add(w.sustainability());
        return facts;
    }
}
