package dev.mllens.workload;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Team, roles and governance processes. Almost all of it is attested by people.")
public record Governance(
        @Fact("A role-based, continuous ML skills training plan exists.") Attestation skillsTrainingProgram,
        @Fact("The team mixes data science, engineering, domain experts and risk or legal.") Attestation crossFunctionalTeam,
        @Fact("Written responsible-AI or ethics guidelines exist and a named body owns them.") Attestation responsibleAiFramework,
        @Fact("Model decisions, owners and approvals are recorded (decision log, model documentation).") Attestation accountabilityDocumented,
        @Fact("The team has time and a sandbox to learn and experiment.") Attestation experimentationTimeAllowed,
        @Fact("Metrics about the ML practice itself (lead time, incidents, adoption) are reviewed.") Attestation operationsMetricsReviewed,
        @Fact("ML roles and responsibilities across the lifecycle are written down (for example a RACI).") Attestation rolesDefined,
        @Fact("Roles that are staffed for this workload.") Set<MlRole> rolesCovered,
        @Fact("A documented escalation path exists for model problems.") Attestation escalationPath,
        @Fact("Hand-offs and interfaces between roles are documented.") Attestation collaborationFramework,
        @Fact("People are trained on their responsibilities and on the interfaces with other roles.") Attestation rolesTraining,
        @Fact("Levers to improve the model (data, features, algorithms, tuning) are documented and prioritised.") Attestation improvementPlan,
        @Fact("The ethical suitability of the ML approach was assessed during problem framing.") Attestation ethicalAssessment,
        @Fact("A process says who acts, and how, when bias is detected.") Attestation biasGovernanceProcess,
        @Fact("The team is trained on fairness and explainability.") Attestation fairnessTraining,
        @Fact("Fairness and explainability considerations and decisions are documented.") Attestation fairnessDocumented,
        @Fact("Withdrawn consent is honoured: data removed and models retrained where needed.") Attestation consentWithdrawalProcess,
        @Fact("A privacy impact assessment covers the ML data flows.") Attestation privacyImpactAssessment,
        @Fact("A runbook covers ML incidents such as poisoning, adversarial use or model rollback.") Attestation incidentResponsePlan,
        @Fact("Documented actions exist per drift type and severity (retrain, review, fall back).") Attestation driftResponsePlan,
        @Fact("Monitoring systems, thresholds and owners are documented.") Attestation monitoringDocumented,
        @Fact("Learnings from production are written up and shared with the teams upstream.") Attestation learningsShared,
        @Fact("Naming, branching and metadata conventions for dataset versions are documented.") Attestation dataVersioningConventions,
        @Fact("A checklist is completed before a model is promoted between environments.") Attestation promotionChecklist,
        @Fact("Model reviewers include subject-matter experts of the business domain.") Attestation reviewersAreSmes,
        @Fact("How often each topic is reviewed.") Map<ReviewTopic, Cadence> reviewCadence) {

    /** Makes collections immutable. */
    public Governance {
        rolesCovered = rolesCovered == null ? null : Collections.unmodifiableSet(Validation.enumSet(MlRole.class, "rolesCovered", rolesCovered));
        reviewCadence = reviewCadence == null ? null : Collections.unmodifiableMap(Validation.enumMap(ReviewTopic.class, "reviewCadence", reviewCadence));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A governance about which nothing is stated. */
    public static Governance unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this governance's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.skillsTrainingProgram = skillsTrainingProgram;
        b.crossFunctionalTeam = crossFunctionalTeam;
        b.responsibleAiFramework = responsibleAiFramework;
        b.accountabilityDocumented = accountabilityDocumented;
        b.experimentationTimeAllowed = experimentationTimeAllowed;
        b.operationsMetricsReviewed = operationsMetricsReviewed;
        b.rolesDefined = rolesDefined;
        b.rolesCovered = rolesCovered;
        b.escalationPath = escalationPath;
        b.collaborationFramework = collaborationFramework;
        b.rolesTraining = rolesTraining;
        b.improvementPlan = improvementPlan;
        b.ethicalAssessment = ethicalAssessment;
        b.biasGovernanceProcess = biasGovernanceProcess;
        b.fairnessTraining = fairnessTraining;
        b.fairnessDocumented = fairnessDocumented;
        b.consentWithdrawalProcess = consentWithdrawalProcess;
        b.privacyImpactAssessment = privacyImpactAssessment;
        b.incidentResponsePlan = incidentResponsePlan;
        b.driftResponsePlan = driftResponsePlan;
        b.monitoringDocumented = monitoringDocumented;
        b.learningsShared = learningsShared;
        b.dataVersioningConventions = dataVersioningConventions;
        b.promotionChecklist = promotionChecklist;
        b.reviewersAreSmes = reviewersAreSmes;
        b.reviewCadence = reviewCadence;
        return b;
    }

    /** Builds a {@link Governance}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Attestation skillsTrainingProgram;
        private Attestation crossFunctionalTeam;
        private Attestation responsibleAiFramework;
        private Attestation accountabilityDocumented;
        private Attestation experimentationTimeAllowed;
        private Attestation operationsMetricsReviewed;
        private Attestation rolesDefined;
        private Set<MlRole> rolesCovered;
        private Attestation escalationPath;
        private Attestation collaborationFramework;
        private Attestation rolesTraining;
        private Attestation improvementPlan;
        private Attestation ethicalAssessment;
        private Attestation biasGovernanceProcess;
        private Attestation fairnessTraining;
        private Attestation fairnessDocumented;
        private Attestation consentWithdrawalProcess;
        private Attestation privacyImpactAssessment;
        private Attestation incidentResponsePlan;
        private Attestation driftResponsePlan;
        private Attestation monitoringDocumented;
        private Attestation learningsShared;
        private Attestation dataVersioningConventions;
        private Attestation promotionChecklist;
        private Attestation reviewersAreSmes;
        private Map<ReviewTopic, Cadence> reviewCadence;

        private Builder() {
        }

        /** Sets {@link Governance#skillsTrainingProgram()}. */
        public Builder skillsTrainingProgram(Attestation skillsTrainingProgram) {
            this.skillsTrainingProgram = skillsTrainingProgram;
            return this;
        }

        /** Sets {@link Governance#skillsTrainingProgram()} to a person's statement without a note. */
        public Builder skillsTrainingProgram(boolean holds) {
            this.skillsTrainingProgram = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#crossFunctionalTeam()}. */
        public Builder crossFunctionalTeam(Attestation crossFunctionalTeam) {
            this.crossFunctionalTeam = crossFunctionalTeam;
            return this;
        }

        /** Sets {@link Governance#crossFunctionalTeam()} to a person's statement without a note. */
        public Builder crossFunctionalTeam(boolean holds) {
            this.crossFunctionalTeam = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#responsibleAiFramework()}. */
        public Builder responsibleAiFramework(Attestation responsibleAiFramework) {
            this.responsibleAiFramework = responsibleAiFramework;
            return this;
        }

        /** Sets {@link Governance#responsibleAiFramework()} to a person's statement without a note. */
        public Builder responsibleAiFramework(boolean holds) {
            this.responsibleAiFramework = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#accountabilityDocumented()}. */
        public Builder accountabilityDocumented(Attestation accountabilityDocumented) {
            this.accountabilityDocumented = accountabilityDocumented;
            return this;
        }

        /** Sets {@link Governance#accountabilityDocumented()} to a person's statement without a note. */
        public Builder accountabilityDocumented(boolean holds) {
            this.accountabilityDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#experimentationTimeAllowed()}. */
        public Builder experimentationTimeAllowed(Attestation experimentationTimeAllowed) {
            this.experimentationTimeAllowed = experimentationTimeAllowed;
            return this;
        }

        /** Sets {@link Governance#experimentationTimeAllowed()} to a person's statement without a note. */
        public Builder experimentationTimeAllowed(boolean holds) {
            this.experimentationTimeAllowed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#operationsMetricsReviewed()}. */
        public Builder operationsMetricsReviewed(Attestation operationsMetricsReviewed) {
            this.operationsMetricsReviewed = operationsMetricsReviewed;
            return this;
        }

        /** Sets {@link Governance#operationsMetricsReviewed()} to a person's statement without a note. */
        public Builder operationsMetricsReviewed(boolean holds) {
            this.operationsMetricsReviewed = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#rolesDefined()}. */
        public Builder rolesDefined(Attestation rolesDefined) {
            this.rolesDefined = rolesDefined;
            return this;
        }

        /** Sets {@link Governance#rolesDefined()} to a person's statement without a note. */
        public Builder rolesDefined(boolean holds) {
            this.rolesDefined = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#rolesCovered()}. */
        public Builder rolesCovered(Set<MlRole> rolesCovered) {
            this.rolesCovered = rolesCovered;
            return this;
        }

        /** Sets {@link Governance#rolesCovered()}. */
        public Builder rolesCovered(MlRole... values) {
            this.rolesCovered = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link Governance#escalationPath()}. */
        public Builder escalationPath(Attestation escalationPath) {
            this.escalationPath = escalationPath;
            return this;
        }

        /** Sets {@link Governance#escalationPath()} to a person's statement without a note. */
        public Builder escalationPath(boolean holds) {
            this.escalationPath = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#collaborationFramework()}. */
        public Builder collaborationFramework(Attestation collaborationFramework) {
            this.collaborationFramework = collaborationFramework;
            return this;
        }

        /** Sets {@link Governance#collaborationFramework()} to a person's statement without a note. */
        public Builder collaborationFramework(boolean holds) {
            this.collaborationFramework = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#rolesTraining()}. */
        public Builder rolesTraining(Attestation rolesTraining) {
            this.rolesTraining = rolesTraining;
            return this;
        }

        /** Sets {@link Governance#rolesTraining()} to a person's statement without a note. */
        public Builder rolesTraining(boolean holds) {
            this.rolesTraining = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#improvementPlan()}. */
        public Builder improvementPlan(Attestation improvementPlan) {
            this.improvementPlan = improvementPlan;
            return this;
        }

        /** Sets {@link Governance#improvementPlan()} to a person's statement without a note. */
        public Builder improvementPlan(boolean holds) {
            this.improvementPlan = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#ethicalAssessment()}. */
        public Builder ethicalAssessment(Attestation ethicalAssessment) {
            this.ethicalAssessment = ethicalAssessment;
            return this;
        }

        /** Sets {@link Governance#ethicalAssessment()} to a person's statement without a note. */
        public Builder ethicalAssessment(boolean holds) {
            this.ethicalAssessment = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#biasGovernanceProcess()}. */
        public Builder biasGovernanceProcess(Attestation biasGovernanceProcess) {
            this.biasGovernanceProcess = biasGovernanceProcess;
            return this;
        }

        /** Sets {@link Governance#biasGovernanceProcess()} to a person's statement without a note. */
        public Builder biasGovernanceProcess(boolean holds) {
            this.biasGovernanceProcess = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#fairnessTraining()}. */
        public Builder fairnessTraining(Attestation fairnessTraining) {
            this.fairnessTraining = fairnessTraining;
            return this;
        }

        /** Sets {@link Governance#fairnessTraining()} to a person's statement without a note. */
        public Builder fairnessTraining(boolean holds) {
            this.fairnessTraining = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#fairnessDocumented()}. */
        public Builder fairnessDocumented(Attestation fairnessDocumented) {
            this.fairnessDocumented = fairnessDocumented;
            return this;
        }

        /** Sets {@link Governance#fairnessDocumented()} to a person's statement without a note. */
        public Builder fairnessDocumented(boolean holds) {
            this.fairnessDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#consentWithdrawalProcess()}. */
        public Builder consentWithdrawalProcess(Attestation consentWithdrawalProcess) {
            this.consentWithdrawalProcess = consentWithdrawalProcess;
            return this;
        }

        /** Sets {@link Governance#consentWithdrawalProcess()} to a person's statement without a note. */
        public Builder consentWithdrawalProcess(boolean holds) {
            this.consentWithdrawalProcess = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#privacyImpactAssessment()}. */
        public Builder privacyImpactAssessment(Attestation privacyImpactAssessment) {
            this.privacyImpactAssessment = privacyImpactAssessment;
            return this;
        }

        /** Sets {@link Governance#privacyImpactAssessment()} to a person's statement without a note. */
        public Builder privacyImpactAssessment(boolean holds) {
            this.privacyImpactAssessment = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#incidentResponsePlan()}. */
        public Builder incidentResponsePlan(Attestation incidentResponsePlan) {
            this.incidentResponsePlan = incidentResponsePlan;
            return this;
        }

        /** Sets {@link Governance#incidentResponsePlan()} to a person's statement without a note. */
        public Builder incidentResponsePlan(boolean holds) {
            this.incidentResponsePlan = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#driftResponsePlan()}. */
        public Builder driftResponsePlan(Attestation driftResponsePlan) {
            this.driftResponsePlan = driftResponsePlan;
            return this;
        }

        /** Sets {@link Governance#driftResponsePlan()} to a person's statement without a note. */
        public Builder driftResponsePlan(boolean holds) {
            this.driftResponsePlan = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#monitoringDocumented()}. */
        public Builder monitoringDocumented(Attestation monitoringDocumented) {
            this.monitoringDocumented = monitoringDocumented;
            return this;
        }

        /** Sets {@link Governance#monitoringDocumented()} to a person's statement without a note. */
        public Builder monitoringDocumented(boolean holds) {
            this.monitoringDocumented = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#learningsShared()}. */
        public Builder learningsShared(Attestation learningsShared) {
            this.learningsShared = learningsShared;
            return this;
        }

        /** Sets {@link Governance#learningsShared()} to a person's statement without a note. */
        public Builder learningsShared(boolean holds) {
            this.learningsShared = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#dataVersioningConventions()}. */
        public Builder dataVersioningConventions(Attestation dataVersioningConventions) {
            this.dataVersioningConventions = dataVersioningConventions;
            return this;
        }

        /** Sets {@link Governance#dataVersioningConventions()} to a person's statement without a note. */
        public Builder dataVersioningConventions(boolean holds) {
            this.dataVersioningConventions = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#promotionChecklist()}. */
        public Builder promotionChecklist(Attestation promotionChecklist) {
            this.promotionChecklist = promotionChecklist;
            return this;
        }

        /** Sets {@link Governance#promotionChecklist()} to a person's statement without a note. */
        public Builder promotionChecklist(boolean holds) {
            this.promotionChecklist = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#reviewersAreSmes()}. */
        public Builder reviewersAreSmes(Attestation reviewersAreSmes) {
            this.reviewersAreSmes = reviewersAreSmes;
            return this;
        }

        /** Sets {@link Governance#reviewersAreSmes()} to a person's statement without a note. */
        public Builder reviewersAreSmes(boolean holds) {
            this.reviewersAreSmes = Attestation.of(holds);
            return this;
        }

        /** Sets {@link Governance#reviewCadence()}. */
        public Builder reviewCadence(Map<ReviewTopic, Cadence> reviewCadence) {
            this.reviewCadence = reviewCadence;
            return this;
        }

        /** Adds one entry to {@link Governance#reviewCadence()}. */
        public Builder reviewCadence(ReviewTopic key, Cadence value) {
            if (this.reviewCadence == null) {
                this.reviewCadence = new EnumMap<>(ReviewTopic.class);
            } else if (!(this.reviewCadence instanceof EnumMap)) {
                this.reviewCadence = new EnumMap<>(this.reviewCadence);
            }
            this.reviewCadence.put(key, value);
            return this;
        }

        /** Builds the governance; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public Governance build() {
            return Validation.checked(new Governance(skillsTrainingProgram, crossFunctionalTeam, responsibleAiFramework, accountabilityDocumented, experimentationTimeAllowed, operationsMetricsReviewed, rolesDefined, rolesCovered, escalationPath, collaborationFramework, rolesTraining, improvementPlan, ethicalAssessment, biasGovernanceProcess, fairnessTraining, fairnessDocumented, consentWithdrawalProcess, privacyImpactAssessment, incidentResponsePlan, driftResponsePlan, monitoringDocumented, learningsShared, dataVersioningConventions, promotionChecklist, reviewersAreSmes, reviewCadence));
        }
    }
}
