package dev.mllens.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mllens.Assessment;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.ImprovementPlan;
import dev.mllens.QuestionResult;
import dev.mllens.Waiver;
import dev.mllens.WaiverReason;
import dev.mllens.finding.EngineError;
import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Applicability;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.ImprovementStep;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.RiskLevel;
import dev.mllens.workload.Attestation;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The records the JSON report and the catalog are written from. They are not API: the contract is the
 * published schema ({@code report.schema.json}, {@link LensJson#reportSchema()}), and these records only
 * write what it describes, so a change here shows in the schema test and the golden files.
 */
final class ReportDocuments {

    /** The version of the report contract: a new minor for added fields, a new major for anything else. */
    static final String VERSION = "1.0";

    private ReportDocuments() {
    }

    record Report(String reportVersion, String lensEdition, WorkloadRef workload, int practicesInScope,
            int practicesWithRules, int questionsInScope, Map<Status, Integer> statusCounts,
            Map<Risk, Integer> practiceRiskCounts, Map<Pillar, Map<Risk, Integer>> practiceRiskCountsByPillar,
            Map<Phase, Map<Risk, Integer>> practiceRiskCountsByPhase,
            Map<Pillar, Map<Phase, Map<Risk, Integer>>> practiceRiskCountsByPillarAndPhase,
            Map<Risk, Integer> questionRiskCounts, Map<Pillar, Map<Risk, Integer>> questionRiskCountsByPillar,
            Map<Phase, Map<Risk, Integer>> questionRiskCountsByPhase,
            Map<Pillar, Map<Phase, Map<Risk, Integer>>> questionRiskCountsByPillarAndPhase,
            List<FindingDocument> findings, List<QuestionDocument> questions, List<PlanItem> improvementPlan,
            List<WaiverDocument> waivers, TreeSet<String> unassessed, List<EngineError> engineErrors,
            ComparisonDocument comparison) {

        static Report of(Assessment a, ComparisonDocument comparison) {
            return new Report(VERSION, a.lensEdition(), new WorkloadRef(a.workloadId(), a.workloadName()),
                    a.findings().size(), a.findings().size() - a.unassessed().size(), a.questions().size(),
                    a.statusCounts(), a.practiceRiskCounts(), a.practiceRiskCountsByPillar(), a.practiceRiskCountsByPhase(),
                    a.practiceRiskCountsByPillarAndPhase(), a.questionRiskCounts(), a.questionRiskCountsByPillar(),
                    a.questionRiskCountsByPhase(), a.questionRiskCountsByPillarAndPhase(),
                    a.findings().stream().map(FindingDocument::of).toList(),
                    a.questions().stream().map(QuestionDocument::of).toList(),
                    a.improvementPlan().items().stream().map(PlanItem::of).toList(),
                    a.waivers().stream().map(WaiverDocument::of).toList(), new TreeSet<>(a.unassessed()),
                    a.engineErrors(), comparison);
        }
    }

    record WorkloadRef(String id, String name) {
    }

    record FindingDocument(String bestPracticeId, String title, Pillar pillar, Phase phase, String questionId,
            Status status, Risk risk, String reason, List<EvidenceDocument> evidence, List<Gap> gaps,
            List<Missing> missing, List<String> actions) {

        static FindingDocument of(Finding f) {
            return new FindingDocument(f.bestPracticeId(), f.title(), f.pillar(), f.phase(), f.questionId(), f.status(),
                    f.risk(), f.reason(), f.evidence().stream().map(EvidenceDocument::of).toList(), f.gaps(), f.missing(),
                    f.actions());
        }
    }

    /** A fact and its value as a JSON value; {@code null} (written, not left out) when not stated. */
    record EvidenceDocument(String fact, @JsonInclude(JsonInclude.Include.ALWAYS) Object value) {

        static EvidenceDocument of(Evidence e) {
            return new EvidenceDocument(e.fact(), json(e.value()));
        }

        private static Object json(Object value) {
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(EvidenceDocument::json).toList();
            }
            if (value instanceof Attestation a) {
                return new AttestationDocument(a.holds(), a.note(), a.attestedBy());
            }
            return value; // null, a boolean, a number or a string
        }
    }

    record AttestationDocument(boolean holds, String note, String attestedBy) {
    }

    record QuestionDocument(String questionId, String title, Pillar pillar, Phase phase, Risk risk,
            List<String> bestPracticeIds, List<String> selectedChoices, List<String> notApplicableChoices) {

        static QuestionDocument of(QuestionResult q) {
            return new QuestionDocument(q.questionId(), q.question().title(), q.question().pillar(), q.question().phase(),
                    q.risk(), q.question().practiceIds(), q.selectedChoices(), q.notApplicableChoices());
        }
    }

    record PlanItem(String bestPracticeId, String title, Pillar pillar, Status status, Risk risk, List<Gap> gaps,
            List<Missing> missing, List<String> actions) {

        static PlanItem of(ImprovementPlan.Item i) {
            return new PlanItem(i.bestPracticeId(), i.title(), i.pillar(), i.status(), i.risk(), i.gaps(), i.missing(),
                    i.actions());
        }
    }

    record WaiverDocument(String bestPracticeId, WaiverReason reason, String note) {

        static WaiverDocument of(Waiver w) {
            return new WaiverDocument(w.bestPracticeId(), w.reason(), w.note() == null || w.note().isBlank() ? null : w.note());
        }
    }

    record ComparisonDocument(Map<Comparison.Kind, Integer> counts, List<ChangeDocument> changes, List<String> dropped) {

        static ComparisonDocument of(Comparison c) {
            return new ComparisonDocument(c.counts(), c.changes().stream()
                    .filter(ch -> ch.kind() != Comparison.Kind.UNCHANGED)
                    .map(ch -> new ChangeDocument(ch.bestPracticeId(), ch.kind(), ch.before(), ch.after()))
                    .toList(), c.dropped());
        }
    }

    record ChangeDocument(String bestPracticeId, Comparison.Kind kind, Baseline.Rating before, Baseline.Rating after) {
    }

    /** A catalog entry. */
    record PracticeDocument(String id, String title, Pillar pillar, Phase phase, String questionId, RiskLevel risk,
            String waQuestionId, String waChoiceId, String summary, List<String> improvementSteps, List<String> stepKeys,
            List<Applicability> appliesWhen, String documentationUrl) {

        static PracticeDocument of(BestPractice p) {
            return new PracticeDocument(p.id(), p.title(), p.pillar(), p.phase(), p.questionId(), p.risk(),
                    p.questionId(), p.waChoiceId(), p.summary(), p.improvementSteps(),
                    p.steps().stream().map(ImprovementStep::key).toList(), List.copyOf(p.appliesWhen()),
                    p.documentationUrl());
        }
    }
}
