package dev.mllens.rules;

import dev.mllens.finding.Finding;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.rules.internal.Check;
import dev.mllens.rules.internal.Conclusions;
import dev.mllens.rules.internal.ExecutableModel;
import dev.mllens.rules.internal.NotApplicable;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules: built once (about a second, from the executable model generated at build time),
 * then shared by any number of threads. Each {@link #evaluate} runs in its own session and returns one
 * finding per best practice in scope.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RuleBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern PRACTICE_ID = Pattern.compile("^(ML[A-Z]+\\d\\d-BP\\d\\d)\\b");

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Set<String> practicesWithRules;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.practicesWithRules = Collections.unmodifiableSet(findPractices(kieBase));
    }

    /** Loads the precompiled rules. Costly (about a second on a cold JVM): load once and share. */
    public static RuleBase load() {
        long start = System.nanoTime();
        RuleBase base = new RuleBase(ExecutableModel.kieBase());
        LOG.debug("mllens rules loaded in {} ms: {} practices have rules",
                (System.nanoTime() - start) / 1_000_000, base.practicesWithRules.size());
        return base;
    }

    /** Ids of the practices that have a rule file in this release, sorted. */
    public Set<String> practicesWithRules() {
        return practicesWithRules;
    }

    /** One finding per lens practice, in lens order. */
    public List<Finding> evaluate(Workload workload) {
        return evaluate(workload, p -> true);
    }

    /** One finding per lens practice accepted by {@code scope}, in lens order. */
    public List<Finding> evaluate(Workload workload, Predicate<BestPractice> scope) {
        return evaluateFacts(WorkingMemoryFacts.of(workload), scope);
    }

    /** Evaluates facts already flattened from a workload, in the given insertion order. */
    List<Finding> evaluateFacts(List<Object> facts, Predicate<BestPractice> scope) {
        Map<String, List<Check>> checks = new HashMap<>();
        Map<String, List<NotApplicable>> notApplicable = new HashMap<>();
        KieSession session = pool.newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            for (Object o : session.getObjects(new ClassObjectFilter(Check.class))) {
                Check c = (Check) o;
                checks.computeIfAbsent(c.practiceId(), k -> new ArrayList<>()).add(c);
            }
            for (Object o : session.getObjects(new ClassObjectFilter(NotApplicable.class))) {
                NotApplicable n = (NotApplicable) o;
                notApplicable.computeIfAbsent(n.practiceId(), k -> new ArrayList<>()).add(n);
            }
        } finally {
            session.dispose();
        }
        List<Finding> findings = new ArrayList<>();
        for (BestPractice p : Lens.catalog().practices()) {
            if (!scope.test(p)) {
                continue;
            }
            if (!practicesWithRules.contains(p.id())) {
                findings.add(Conclusions.noRuleYet(p));
            } else {
                findings.add(Conclusions.conclude(p, checks.getOrDefault(p.id(), List.of()),
                        notApplicable.getOrDefault(p.id(), List.of())));
            }
        }
        return findings;
    }

    /** Releases the pooled sessions. */
    @Override
    public void close() {
        pool.shutdown();
    }

    private static Set<String> findPractices(KieBase kieBase) {
        Set<String> ids = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Matcher m = PRACTICE_ID.matcher(rule.getName());
                if (m.find()) {
                    String id = m.group(1);
                    if (Lens.catalog().practice(id).isEmpty()) {
                        throw new IllegalStateException("rule '" + rule.getName() + "' names unknown practice " + id);
                    }
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
