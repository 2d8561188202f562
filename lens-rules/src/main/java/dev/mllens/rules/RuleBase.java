package dev.mllens.rules;

import dev.mllens.finding.EngineError;
import dev.mllens.finding.Finding;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.rules.internal.Check;
import dev.mllens.rules.internal.CheckSpec;
import dev.mllens.rules.internal.Conclusions;
import dev.mllens.rules.internal.DerivedFacts;
import dev.mllens.rules.internal.Emit;
import dev.mllens.rules.internal.ExecutableModel;
import dev.mllens.rules.internal.Judged;
import dev.mllens.rules.internal.NotApplicable;
import dev.mllens.rules.internal.RuleParts;
import dev.mllens.workload.FactModel;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules: built once (about a second, from the executable model generated at build time),
 * then shared by any number of threads. Each {@link #evaluate} runs in a session of its own, taken from a
 * small bounded pool, and returns one finding per best practice in scope. A session goes back to the pool
 * only after an evaluation that succeeded; one that fails (a bad rule, or an {@link Error} such as running
 * out of memory) is disposed of, which leaves the rule base as it was and the failed evaluation's memory
 * free.
 *
 * <p>Not API: this is the engine room of {@code LensEngine} (lens-api), the one way to assess a workload.
 * The module exports this package to lens-api alone.
 */
@API(status = API.Status.INTERNAL, consumers = "dev.mllens")
public final class RuleBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final Pattern PRACTICE_ID = Pattern.compile("^(ML[A-Z]+\\d\\d-BP\\d\\d)\\b");

    /** Idle sessions kept: one per thread that evaluates at the same time, on a machine of this size. */
    static final int POOLED_SESSIONS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final SessionPool sessions;
    private final Set<String> practicesWithRules;
    /** The same by the practice's place in the catalog, for lookups on every assessment. */
    private final boolean[] hasRules;
    /**
     * The rules of the practice files each compiled rule stands for, by compiled rule name: itself, or the
     * parts of a shared rule (see {@link RuleParts}). Looked up when a rule the build did not number emits
     * (rule bases that tests compile from practice files as written); the build's rules are found by number.
     */
    private final Map<String, Part[]> partsOfRule;
    /**
     * The same by the number the build gave each compiled rule ({@code @index}), which its consequence names:
     * found on every firing with no string or identity to hash (both showed in profiles).
     */
    private final Part[][] partsByIndex;
    /**
     * The places in the catalog of the practices of each compiled rule's parts, for the agenda filter of a
     * scoped assessment.
     */
    private final Map<String, int[]> slotsOfRule;

    /**
     * One rule of a practice file, as the engine knows it: its name, practice and the check it declares
     * (null for a rule that emits only NotApplicable), and the place among the practice's steps of the one
     * step it declares (-1 when it declares several or no check): kept here, where every emitted check
     * looks, rather than read from the spec each time.
     */
    record Part(String rule, BestPractice practice, int slot, CheckSpec spec, int onlyPosition) {

        Part(String rule, BestPractice practice, int slot, CheckSpec spec) {
            this(rule, practice, slot, spec, spec != null && spec.steps().size() == 1 ? spec.positions().get(0) : -1);
        }
    }

    /** Each lens practice's place in the catalog: where an evaluation collects what its rules emit. */
    private static final Map<String, Integer> SLOTS = slots();

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new HashMap<>();
        List<BestPractice> practices = Lens.catalog().practices();
        for (int i = 0; i < practices.size(); i++) {
            slots.put(practices.get(i).id(), i);
        }
        return slots;
    }

    /** A rule base over any KieBase of practice rules (tests build small ones from DRL). */
    RuleBase(KieBase kieBase) {
        this(kieBase, id -> true);
    }

    /** A rule base of the rules, or parts of shared rules, whose practice {@code loaded} accepts. */
    private RuleBase(KieBase kieBase, Predicate<String> loaded) {
        this.sessions = new SessionPool(kieBase, POOLED_SESSIONS);
        Map<String, Part[]> parts = new HashMap<>();
        Map<Integer, Part[]> byIndex = new HashMap<>();
        Map<String, int[]> slotsOf = new HashMap<>();
        Set<String> names = new HashSet<>();
        Map<String, CheckSpec> byLabel = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                List<RuleParts.Part> declared = RuleParts.of(rule.getName(), rule.getMetaData());
                Part[] known = new Part[declared.size()];
                Set<String> practices = new HashSet<>();
                for (int k = 0; k < known.length; k++) {
                    RuleParts.Part d = declared.get(k);
                    if (!names.add(d.rule())) {
                        throw new IllegalStateException("two rules are named '" + d.rule() + "'");
                    }
                    BestPractice p = practiceOf(d.rule());
                    // a part outside the practices loaded has no practice: its consequence is skipped
                    if (!loaded.test(p.id())) {
                        continue;
                    }
                    CheckSpec spec = CheckSpec.of(p, d.rule(), d.metadata());
                    known[k] = new Part(d.rule(), p, SLOTS.get(p.id()), spec);
                    practices.add(p.id());
                    if (spec == null) {
                        continue;
                    }
                    CheckSpec first = byLabel.putIfAbsent(p.id() + " " + spec.label(), spec);
                    if (first != null && !first.agreesWith(spec)) {
                        throw new IllegalStateException("rules '" + first.rule() + "' and '" + spec.rule() + "' give the label '"
                                + spec.label() + "' different kinds or steps: " + describe(first) + " and " + describe(spec));
                    }
                }
                parts.put(rule.getName(), known);
                int index = RuleParts.index(rule.getName(), rule.getMetaData());
                if (index >= 0 && byIndex.put(index, known) != null) {
                    throw new IllegalStateException("two rules are numbered " + index + ", one is '" + rule.getName() + "'");
                }
                slotsOf.put(rule.getName(), practices.stream().mapToInt(SLOTS::get).toArray());
                ids.addAll(practices);
            }
        }
        this.partsOfRule = parts;
        this.partsByIndex = new Part[byIndex.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)][];
        byIndex.forEach((i, known) -> partsByIndex[i] = known);
        this.slotsOfRule = slotsOf;
        this.practicesWithRules = Collections.unmodifiableSet(ids);
        this.hasRules = new boolean[SLOTS.size()];
        ids.forEach(id -> hasRules[SLOTS.get(id)] = true);
    }

    /** Loads the precompiled rules. Costly (about a second on a cold JVM): load once and share. */
    public static RuleBase load() {
        long start = System.nanoTime();
        RuleBase base = new RuleBase(ExecutableModel.kieBase());
        LOG.debug("mllens rules loaded in {} ms: {} practices have rules",
                (System.nanoTime() - start) / 1_000_000, base.practicesWithRules.size());
        return base;
    }

    /**
     * Loads only the rules of the given practices: the rule engine's side of the benchmark that compares it
     * with the same practices written in plain Java.
     */
    public static RuleBase loadOnly(Set<String> practiceIds) {
        KieBase kieBase = ExecutableModel.kieBase();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : List.copyOf(pkg.getRules())) {
                // a shared rule stays when one of its parts is loaded; it skips the others
                if (RuleParts.of(rule.getName(), rule.getMetaData()).stream()
                        .noneMatch(part -> practiceIds.contains(practiceOf(part.rule()).id()))) {
                    kieBase.removeRule(pkg.getName(), rule.getName());
                }
            }
        }
        return new RuleBase(kieBase, practiceIds::contains);
    }

    /** Ids of the practices that have a rule file in this release, sorted. */
    public Set<String> practicesWithRules() {
        return practicesWithRules;
    }

    /**
     * What the rules concluded: one finding per practice in scope, in lens order, and the practices the
     * engine could not conclude. Such a practice's finding says so in its reason; the other findings stand.
     *
     * @param findings one per practice in scope, in lens order
     * @param errors the practices whose conclusion failed, in lens order
     */
    public record Evaluation(List<Finding> findings, List<EngineError> errors) {

        public Evaluation {
            findings = List.copyOf(findings);
            errors = List.copyOf(errors);
        }
    }

    /** One finding per lens practice, in lens order; throws when the engine could not conclude one. */
    public List<Finding> evaluate(Workload workload) {
        return evaluate(workload, p -> true);
    }

    /**
     * One finding per lens practice accepted by {@code scope}, in lens order; throws when the engine could
     * not conclude one (see {@link #assess} for the findings that stand despite such an error).
     */
    public List<Finding> evaluate(Workload workload, Predicate<BestPractice> scope) {
        Evaluation e = assess(workload, scope);
        if (!e.errors().isEmpty()) {
            throw new IllegalStateException("the engine could not conclude " + e.errors());
        }
        return e.findings();
    }

    /** Evaluates the practices accepted by {@code scope}; a practice that cannot be concluded is an error of its own. */
    public Evaluation assess(Workload workload, Predicate<BestPractice> scope) {
        DerivedFacts derived = DerivedFacts.of(workload);
        return evaluateFacts(workingMemory(workload, derived), derived, scope);
    }

    /** The facts a workload puts in working memory: itself, each section and entity, and the derived facts. */
    static List<Object> workingMemory(Workload workload, DerivedFacts derived) {
        List<Object> facts = new ArrayList<>(FactModel.get().flatten(workload));
        facts.addAll(derived.workingMemory());
        return facts;
    }

    /** Evaluates facts already flattened from a workload, in the given insertion order. */
    Evaluation evaluateFacts(List<Object> facts, DerivedFacts derived, Predicate<BestPractice> scope) {
        List<BestPractice> practices = Lens.catalog().practices();
        boolean[] inScope = new boolean[practices.size()];
        boolean everyRule = true;
        for (int slot = 0; slot < inScope.length; slot++) {
            inScope[slot] = scope.test(practices.get(slot));
            everyRule &= inScope[slot] || !hasRules[slot];
        }
        // a scoped assessment fires only the rules of the practices in scope, and of a shared rule only the
        // parts in scope
        Collector collected = everyRule ? run(facts) : run(facts, inScope, match -> {
            for (int slot : slotsOfRule.get(match.getRule().getName())) {
                if (inScope[slot]) {
                    return true;
                }
            }
            return false;
        });
        List<Finding> findings = new ArrayList<>();
        List<EngineError> errors = new ArrayList<>();
        for (int slot = 0; slot < inScope.length; slot++) {
            BestPractice p = practices.get(slot);
            if (!inScope[slot]) {
                continue;
            }
            if (!hasRules[slot]) {
                findings.add(Conclusions.noRuleYet(p));
                continue;
            }
            try {
                findings.add(Conclusions.conclude(p, collected.checks(slot), collected.notApplicable(slot), derived));
            } catch (RuntimeException e) {
                // one practice's fault must not cost the others their findings
                String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                LOG.warn("mllens could not conclude {}: {}", p.id(), message, e);
                errors.add(new EngineError(p.id(), message));
                findings.add(Conclusions.engineError(p, message));
            }
        }
        return new Evaluation(findings, errors);
    }

    /**
     * Runs the rules over the facts and returns what they emitted, attributed to practices and checks.
     * The session comes from the pool and goes back to it only when the evaluation succeeded; a session
     * that failed in any way is disposed of, so what it had built (the working memory that took the heap,
     * say) is freed with it and the next evaluation starts clean.
     */
    Collector run(List<Object> facts) {
        return run(facts, null, null);
    }

    /**
     * Runs the rules the filter accepts (all of them when it is null) over the facts, and of a shared rule
     * the parts whose practice is in scope: {@code inScope} by the practice's place in the catalog, null
     * for every practice.
     */
    Collector run(List<Object> facts, boolean[] inScope, AgendaFilter filter) {
        Collector collected = new Collector(inScope);
        KieSession session = sessions.take();
        Emit.Sink outer = Emit.open(collected);
        try {
            facts.forEach(session::insert);
            if (filter == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(filter);
            }
        } catch (RuntimeException | Error e) {
            SessionPool.discard(session, e);
            throw e;
        } finally {
            Emit.close(outer);
        }
        sessions.giveBack(session, facts.size());
        return collected;
    }

    /** The names of the practice files' rules this rule base holds, each once, shared or not. */
    Set<String> sourceRules() {
        Set<String> names = new TreeSet<>();
        for (Part[] parts : partsOfRule.values()) {
            for (Part part : parts) {
                if (part != null) {
                    names.add(part.rule());
                }
            }
        }
        return names;
    }

    /** How many rules the engine runs: fewer than {@link #sourceRules()} where rules share their conditions. */
    int compiledRules() {
        return partsOfRule.size();
    }

    /** Disposes of the idle sessions; evaluations after this make new ones. */
    @Override
    public void close() {
        sessions.close();
    }

    /** How many sessions the rule base holds open: the idle ones, outside a running evaluation. */
    int openSessions() {
        return sessions.openCount();
    }

    /** How many sessions are idle in the pool: at most {@link #POOLED_SESSIONS}. */
    int idleSessions() {
        return sessions.idleCount();
    }

    /**
     * Collects what the rules emit, attributed to the emitting rule's practice and check: the rule name
     * and metadata say which practice and which check, so no rule body repeats them.
     */
    final class Collector implements Emit.Sink {
        /** What each practice's rules emitted, by the practice's place in the catalog (an array: no hashing). */
        private final List<Judged>[] checks;
        private final List<String>[] notApplicable;
        /** Whether the practice at each place in the catalog is in scope; null when all are. */
        private final boolean[] inScope;
        /**
         * The shared rule whose part {@link #part} last ran, its parts, and the part now emitting (null when
         * that part is out of scope): a shared rule runs its parts one after the other.
         */
        private Rule partsRule;
        private Part[] partsOf;
        private Part part;

        @SuppressWarnings("unchecked")
        Collector(boolean[] inScope) {
            this.inScope = inScope;
            this.checks = new List[SLOTS.size()];
            this.notApplicable = new List[SLOTS.size()];
        }

        /** The checks the rules of the practice at this place in the catalog emitted. */
        List<Judged> checks(int slot) {
            return checks[slot] == null ? List.of() : checks[slot];
        }

        /** The reasons the rules of the practice at this place in the catalog gave for not applying. */
        List<String> notApplicable(int slot) {
            return notApplicable[slot] == null ? List.of() : notApplicable[slot];
        }

        /** Every check emitted, practice by practice in catalog order. */
        List<Judged> allChecks() {
            List<Judged> all = new ArrayList<>();
            for (List<Judged> c : checks) {
                if (c != null) {
                    all.addAll(c);
                }
            }
            return all;
        }

        @Override
        public boolean part(Rule rule, int index, int k) {
            if (rule != partsRule) {
                Part[] parts = index >= 0 && index < partsByIndex.length ? partsByIndex[index] : null;
                if (parts == null) {
                    throw new IllegalStateException("rule '" + rule.getName() + "' names compiled rule " + index
                            + ", which this rule base does not hold");
                }
                partsOf = parts;
                partsRule = rule;
            }
            return enter(rule, k);
        }

        /** Starts part {@code k} of the running rule, whose parts are {@link #partsOf}: whether it is in scope. */
        private boolean enter(Rule rule, int k) {
            Part[] parts = partsOf;
            if (k < 0 || k >= parts.length) {
                throw new IllegalStateException("rule '" + rule.getName() + "' runs part " + k + " of its " + parts.length);
            }
            Part p = parts[k];
            part = p == null || inScope != null && !inScope[p.slot()] ? null : p;
            return part != null;
        }

        /** The practice file's rule that emits now: the running part of a shared rule, or the rule itself. */
        private Part emitting(Rule rule) {
            if (rule == partsRule && part != null) {
                return part;
            }
            Part[] parts = partsOf(rule);
            if (parts.length != 1) {
                throw new IllegalStateException("shared rule '" + rule.getName() + "' emits outside its parts");
            }
            return parts[0];
        }

        private Part[] partsOf(Rule rule) {
            return partsOfRule.get(rule.getName());
        }

        @Override
        public void check(Rule rule, Check check) {
            Part p = emitting(rule);
            if (p.spec() == null) {
                throw new IllegalStateException("rule '" + p.rule()
                        + "' emits a check but declares neither @core(\"S<n>\") nor @supporting(\"S<n>\")");
            }
            List<Judged> of = checks[p.slot()];
            if (of == null) {
                of = new ArrayList<>();
                checks[p.slot()] = of;
            }
            of.add(check.collect(p.spec(), p.onlyPosition()));
        }

        @Override
        public void notApplicable(Rule rule, NotApplicable n) {
            int slot = emitting(rule).slot();
            if (notApplicable[slot] == null) {
                notApplicable[slot] = new ArrayList<>();
            }
            notApplicable[slot].add(n.reason());
        }
    }

    private static BestPractice practiceOf(String ruleName) {
        // the id is the name's first word: looked up directly, the pattern only explains a name that is wrong
        // (matching it on all rules was a tenth of loading them on a cold JVM)
        int space = ruleName.indexOf(' ');
        Optional<BestPractice> practice = Lens.catalog().practice(space < 0 ? ruleName : ruleName.substring(0, space));
        if (practice.isPresent()) {
            return practice.get();
        }
        Matcher m = PRACTICE_ID.matcher(ruleName);
        if (!m.find()) {
            throw new IllegalStateException("rule '" + ruleName + "' does not start with the id of its practice");
        }
        return Lens.catalog().practice(m.group(1)).orElseThrow(() ->
                new IllegalStateException("rule '" + ruleName + "' names unknown practice " + m.group(1)));
    }

    private static String describe(CheckSpec spec) {
        return (spec.core() ? "@core" : "@supporting") + "(\"" + String.join(" ",
                spec.steps().stream().map(dev.mllens.lens.ImprovementStep::key).toList()) + "\")";
    }
}
