package dev.mllens;

import dev.mllens.finding.EngineError;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The result of assessing one workload: one finding per practice in scope, in lens order, the questions
 * in scope with their risk as the AWS Well-Architected Tool computes it, risk roll-ups of both and an
 * improvement plan. Immutable data; {@link #check(Threshold)} turns it into a gate.
 *
 * <p>Two kinds of risk count: <em>practice</em> risk counts count findings (105 for the whole lens), each
 * with the risk of its own status; <em>question</em> risk counts count questions (35), each with the risk
 * the tool's rules give the question's answer, which is what the tool shows as RiskCounts. A question is in
 * scope when all its practices are (scoping by pillar or phase keeps whole questions; {@code practices(...)}
 * may leave a question out).
 *
 * <p>A practice the engine could not conclude (a fault of mllens, not of the workload) is listed in
 * {@link #engineErrors()}; its finding says so and the other findings stand, but the assessment is
 * incomplete: no gate passes it and {@link #requireComplete()} throws.
 */
@API(status = API.Status.STABLE)
public final class Assessment {

    private final String workloadId;
    private final String workloadName;
    private final List<Finding> findings;
    private final Set<String> unassessed;
    private final List<Waiver> waivers;
    /**
     * Computed on first use: a service that reads only the findings (or a gate on practice risk) does not
     * pay for rolling them up by question on every assessment. Idempotent, so a race only computes it twice.
     */
    private volatile List<QuestionResult> questions;
    private final List<EngineError> engineErrors;

    Assessment(String workloadId, String workloadName, List<Finding> findings, Set<String> unassessed,
            List<Waiver> waivers, List<EngineError> engineErrors) {
        this.workloadId = workloadId;
        this.workloadName = workloadName;
        this.findings = List.copyOf(findings);
        this.unassessed = Set.copyOf(unassessed);
        this.waivers = List.copyOf(waivers);
        this.engineErrors = List.copyOf(engineErrors);
    }

    /** The questions all of whose practices have findings, in lens order. */
    private static List<QuestionResult> questionsInScope(List<Finding> findings) {
        Map<String, List<Finding>> byQuestion = new LinkedHashMap<>();
        findings.forEach(f -> byQuestion.computeIfAbsent(f.questionId(), k -> new ArrayList<>()).add(f));
        List<QuestionResult> out = new ArrayList<>();
        for (dev.mllens.lens.Question q : Lens.catalog().questions()) {
            List<Finding> fs = byQuestion.get(q.id());
            if (fs != null && fs.size() == q.practiceIds().size()) {
                out.add(QuestionResult.of(q, fs));
            }
        }
        return List.copyOf(out);
    }

    public String workloadId() { return workloadId; }

    /** The workload's name, or its id when it has none. */
    public String workloadName() { return workloadName == null ? workloadId : workloadName; }

    /** The lens edition the practices come from. */
    public String lensEdition() { return Lens.EDITION; }

    /** One finding per practice in scope, in lens order. */
    public List<Finding> findings() { return findings; }

    /** The finding for a practice id, if it was in scope. */
    public Optional<Finding> finding(String bestPracticeId) {
        return findings.stream().filter(f -> f.bestPracticeId().equals(bestPracticeId)).findFirst();
    }

    /** Findings of one pillar, in lens order. */
    public List<Finding> findings(Pillar pillar) {
        return findings.stream().filter(f -> f.pillar() == pillar).toList();
    }

    /** Findings of one lifecycle phase, in lens order. */
    public List<Finding> findings(Phase phase) {
        return findings.stream().filter(f -> f.phase() == phase).toList();
    }

    /** Findings grouped by pillar (pillars without findings in scope are absent). */
    public Map<Pillar, List<Finding>> byPillar() {
        Map<Pillar, List<Finding>> m = new EnumMap<>(Pillar.class);
        findings.forEach(f -> m.computeIfAbsent(f.pillar(), k -> new ArrayList<>()).add(f));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /** Findings grouped by lifecycle phase. */
    public Map<Phase, List<Finding>> byPhase() {
        Map<Phase, List<Finding>> m = new EnumMap<>(Phase.class);
        findings.forEach(f -> m.computeIfAbsent(f.phase(), k -> new ArrayList<>()).add(f));
        m.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Practice risk counts: findings per risk, keyed like the AWS Well-Architected Tool: UNANSWERED, HIGH,
     * MEDIUM, NONE, NOT_APPLICABLE (all five keys present). Not-applicable findings count under NOT_APPLICABLE.
     */
    public Map<Risk, Integer> practiceRiskCounts() {
        return count(findings.stream().map(f -> Risk.countKey(f.status(), f.risk())).toList());
    }

    /** Practice risk counts of one pillar. */
    public Map<Risk, Integer> practiceRiskCounts(Pillar pillar) {
        return count(findings(pillar).stream().map(f -> Risk.countKey(f.status(), f.risk())).toList());
    }

    /** Practice risk counts per pillar in scope, in pillar order. */
    public Map<Pillar, Map<Risk, Integer>> practiceRiskCountsByPillar() {
        Map<Pillar, Map<Risk, Integer>> m = new LinkedHashMap<>();
        byPillar().keySet().forEach(p -> m.put(p, practiceRiskCounts(p)));
        return Collections.unmodifiableMap(m);
    }

    /** Practice risk counts of one lifecycle phase. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Risk, Integer> practiceRiskCounts(Phase phase) {
        return count(findings(phase).stream().map(f -> Risk.countKey(f.status(), f.risk())).toList());
    }

    /** Practice risk counts per lifecycle phase in scope, in phase order. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Phase, Map<Risk, Integer>> practiceRiskCountsByPhase() {
        Map<Phase, Map<Risk, Integer>> m = new LinkedHashMap<>();
        byPhase().keySet().forEach(p -> m.put(p, practiceRiskCounts(p)));
        return Collections.unmodifiableMap(m);
    }

    /** Practice risk counts of the findings of one pillar in one lifecycle phase (one lens question's). */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Risk, Integer> practiceRiskCounts(Pillar pillar, Phase phase) {
        return count(findings.stream().filter(f -> f.pillar() == pillar && f.phase() == phase)
                .map(f -> Risk.countKey(f.status(), f.risk())).toList());
    }

    /**
     * Practice risk counts per pillar, then per phase: the cells of the pillar × phase grid that have
     * findings in scope (each cell is one lens question), in pillar and phase order.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Pillar, Map<Phase, Map<Risk, Integer>>> practiceRiskCountsByPillarAndPhase() {
        Map<Pillar, Map<Phase, Map<Risk, Integer>>> m = new LinkedHashMap<>();
        for (Map.Entry<Pillar, List<Finding>> e : byPillar().entrySet()) {
            Map<Phase, Map<Risk, Integer>> row = new LinkedHashMap<>();
            e.getValue().stream().map(Finding::phase).distinct().sorted()
                    .forEach(phase -> row.put(phase, practiceRiskCounts(e.getKey(), phase)));
            m.put(e.getKey(), Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The questions in scope with their findings and risk, in lens order. */
    @API(status = API.Status.EXPERIMENTAL)
    public List<QuestionResult> questions() {
        List<QuestionResult> q = questions;
        if (q == null) {
            q = questionsInScope(findings);
            questions = q;
        }
        return q;
    }

    /** The question with this id, e.g. {@code MLSEC03}, if it is in scope. */
    @API(status = API.Status.EXPERIMENTAL)
    public Optional<QuestionResult> question(String questionId) {
        return questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    /**
     * Question risk counts: questions in scope per risk, as the AWS Well-Architected Tool counts them
     * (its RiskCounts), keyed UNANSWERED, HIGH, MEDIUM, NONE, NOT_APPLICABLE (all five keys present).
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Risk, Integer> questionRiskCounts() {
        return count(questions().stream().map(QuestionResult::risk).toList());
    }

    /** Question risk counts of one pillar. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Risk, Integer> questionRiskCounts(Pillar pillar) {
        return count(questions().stream().filter(q -> q.question().pillar() == pillar).map(QuestionResult::risk).toList());
    }

    /** Question risk counts per pillar that has questions in scope, in pillar order. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Pillar, Map<Risk, Integer>> questionRiskCountsByPillar() {
        Map<Pillar, Map<Risk, Integer>> m = new LinkedHashMap<>();
        questions().forEach(q -> m.computeIfAbsent(q.question().pillar(), this::questionRiskCounts));
        return Collections.unmodifiableMap(m);
    }

    /** Question risk counts of one lifecycle phase. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Risk, Integer> questionRiskCounts(Phase phase) {
        return count(questions().stream().filter(q -> q.question().phase() == phase).map(QuestionResult::risk).toList());
    }

    /** Question risk counts per lifecycle phase that has questions in scope, in phase order. */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Phase, Map<Risk, Integer>> questionRiskCountsByPhase() {
        Map<Phase, Map<Risk, Integer>> m = new java.util.TreeMap<>();
        questions().forEach(q -> m.computeIfAbsent(q.question().phase(), this::questionRiskCounts));
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * Question risk counts per pillar, then per phase: each cell of the pillar × phase grid holds one lens
     * question, so each counts one question (under its risk) when that question is in scope.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<Pillar, Map<Phase, Map<Risk, Integer>>> questionRiskCountsByPillarAndPhase() {
        Map<Pillar, Map<Phase, Map<Risk, Integer>>> m = new LinkedHashMap<>();
        for (QuestionResult q : questions()) {
            Map<Phase, Map<Risk, Integer>> row = m.computeIfAbsent(q.question().pillar(), p -> new java.util.TreeMap<>());
            row.merge(q.question().phase(), count(List.of(q.risk())), Assessment::sum);
        }
        m.replaceAll((p, row) -> Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        return Collections.unmodifiableMap(m);
    }

    private static Map<Risk, Integer> sum(Map<Risk, Integer> a, Map<Risk, Integer> b) {
        Map<Risk, Integer> m = new EnumMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Ids of in-scope practices that have no rule in this release (reported as INSUFFICIENT_EVIDENCE). */
    public Set<String> unassessed() { return unassessed; }

    /** The waivers applied. */
    public List<Waiver> waivers() { return waivers; }

    /** The practices the engine could not conclude, in lens order; empty for a complete assessment. */
    @API(status = API.Status.EXPERIMENTAL)
    public List<EngineError> engineErrors() { return engineErrors; }

    /**
     * Returns this assessment when the engine concluded every practice in scope.
     *
     * @throws EngineFaultException naming the practices it could not conclude
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Assessment requireComplete() {
        if (!engineErrors.isEmpty()) {
            throw new EngineFaultException(this);
        }
        return this;
    }

    /** What to do next, most urgent first; practices the engine could not conclude have no steps to offer. */
    public ImprovementPlan improvementPlan() {
        Set<String> failed = new java.util.HashSet<>();
        engineErrors.forEach(e -> failed.add(e.bestPracticeId()));
        return new ImprovementPlan(findings.stream()
                .filter(Finding::needsAction)
                .filter(f -> !unassessed.contains(f.bestPracticeId()) && !failed.contains(f.bestPracticeId()))
                .sorted(ImprovementPlan.ORDER)
                .map(ImprovementPlan.Item::of)
                .toList());
    }

    /** Findings whose risk is {@code threshold} or more urgent. */
    @API(status = API.Status.EXPERIMENTAL)
    public List<Finding> findingsAtOrAbove(Threshold threshold) {
        return findings.stream().filter(Gate.failOn(threshold)::fails).toList();
    }

    /**
     * A CI gate ({@link Gate}): throws {@link AssessmentFailedException} listing the findings at or above
     * {@code threshold}, or saying that no practice in scope was decided (a gate never passes on silence).
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Assessment check(Threshold threshold) {
        Gate.Verdict verdict = Gate.failOn(threshold).evaluate(this);
        if (!verdict.passed()) {
            throw new AssessmentFailedException(this, verdict);
        }
        return this;
    }

    /**
     * Compares this assessment with an earlier one's ratings: what is new, worse, better or unchanged.
     *
     * @throws IllegalArgumentException when the baseline names another workload
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Comparison compareWith(Baseline baseline) {
        return new Comparison(this, java.util.Objects.requireNonNull(baseline, "baseline"));
    }

    /** Counts risk keys; all five keys are present. */
    private static Map<Risk, Integer> count(List<Risk> keys) {
        Map<Risk, Integer> m = new EnumMap<>(Risk.class);
        for (Risk r : List.of(Risk.UNANSWERED, Risk.HIGH, Risk.MEDIUM, Risk.NONE, Risk.NOT_APPLICABLE)) {
            m.put(r, 0);
        }
        keys.forEach(k -> m.merge(k, 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Counts of findings by status. */
    public Map<Status, Integer> statusCounts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        findings.forEach(f -> m.merge(f.status(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "Assessment[" + workloadId + ", " + findings.size() + " findings, practice risk " + practiceRiskCounts()
                + ", question risk " + questionRiskCounts() + (engineErrors.isEmpty() ? "" : ", engine errors " + engineErrors)
                + "]";
    }
}
