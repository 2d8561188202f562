package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.rules.RuleBase;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses workloads against the lens. Holds the compiled rules: create once (see {@link MlLens#engine()}),
 * then call {@link #assess} from any number of threads; each call is independent.
 */
@API(status = API.Status.STABLE)
public final class LensEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LensEngine.class);

    private final RuleBase rules;

    LensEngine(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * Assesses every practice of the lens. Experimental because {@link Workload}, the fact model, still
     * grows with the rules; the JSON document it is read from is described by its schema.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Assessment assess(Workload workload) {
        return assess(workload, AssessmentOptions.all());
    }

    /** Assesses the practices in scope, applying the waivers (experimental as {@link #assess(Workload)}). */
    @API(status = API.Status.EXPERIMENTAL)
    public Assessment assess(Workload workload, AssessmentOptions options) {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        RuleBase.Evaluation evaluation = rules.assess(workload, options::inScope);
        for (Finding f : evaluation.findings()) {
            Waiver w = options.waivers().get(f.bestPracticeId());
            findings.add(w == null ? f : waived(f, w));
        }
        Set<String> unassessed = new TreeSet<>();
        findings.stream().map(Finding::bestPracticeId).filter(id -> !rules.practicesWithRules().contains(id))
                .forEach(unassessed::add);
        List<Waiver> applied = options.waivers().values().stream()
                .filter(w -> options.inScope(Lens.catalog().require(w.bestPracticeId()))).toList();
        Assessment a = new Assessment(workload.id(), workload.name(), findings, unassessed, applied, evaluation.errors());
        if (LOG.isDebugEnabled()) {
            LOG.debug("assessed workload '{}' in {} µs: {}", workload.id(), (System.nanoTime() - start) / 1_000, a.practiceRiskCounts());
        }
        return a;
    }

    /** Ids of the practices that have rules in this release. */
    public Set<String> practicesWithRules() {
        return rules.practicesWithRules();
    }

    private static Finding waived(Finding f, Waiver w) {
        return new Finding(f.bestPracticeId(), f.title(), f.pillar(), f.phase(), f.questionId(), Status.NOT_APPLICABLE,
                Risk.NONE, w.describe(), f.evidence(), List.of(), List.of(), List.of());
    }
}
