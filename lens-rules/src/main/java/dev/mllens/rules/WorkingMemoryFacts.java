package dev.mllens.rules;

import dev.mllens.workload.Workload;
import org.kie.api.runtime.KieSession;

/** Flattens a workload into working-memory facts: each section and each list item is its own fact. */
final class WorkingMemoryFacts {

    private WorkingMemoryFacts() {
    }

    static void insert(KieSession session, Workload w) {
        session.insert(w);
        session.insert(w.context());
        session.insert(w.governance());
        session.insert(w.businessGoal());
        w.datasets().forEach(session::insert);
        session.insert(w.featureStore());
        session.insert(w.pipelines());
        session.insert(w.training());
        w.models().forEach(session::insert);
        w.endpoints().forEach(session::insert);
        session.insert(w.monitoring());
        session.insert(w.environment());
        session.insert(w.cost());
        session.insert(w.sustainability());
    }
}
