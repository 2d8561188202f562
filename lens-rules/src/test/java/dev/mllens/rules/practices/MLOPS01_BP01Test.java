package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Governance;
import dev.mllens.workload.Model;
import org.junit.jupiter.api.Test;

class MLOPS01_BP01Test {

    private static final String ID = "MLOPS01-BP01";

    private static Governance.Builder allInPlace() {
        return Governance.builder().skillsTrainingProgram(true).crossFunctionalTeam(true).fairnessTraining(true)
                .responsibleAiFramework(true).accountabilityDocumented(true).experimentationTimeAllowed(true)
                .operationsMetricsReviewed(true);
    }

    private static Model owned(String id) {
        return Model.builder(id).owner("fraud-analytics team").build();
    }

    @Test
    void metWhenSkillsEthicsAndOwnersAreInPlace() {
        Finding f = assertStatus(ID, workload().governance(allInPlace().build()).model(owned("fraud")).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[fraud].owner = fraud-analytics team");
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void partiallyMetWhenTeamIsSiloed() {
        Finding f = assertStatus(ID, workload().governance(allInPlace().crossFunctionalTeam(false).build())
                .model(owned("fraud")).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the ML team does not combine data science, engineering, domain and risk or legal expertise");
        assertThat(f.actions()).singleElement().asString().startsWith("Staff the team across disciplines");
    }

    @Test
    void partiallyMetWhenModelDecisionsAreNotRecorded() {
        Finding f = assertStatus(ID, workload().governance(allInPlace().accountabilityDocumented(false).build())
                .model(owned("fraud")).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("decisions, owners and approvals about the models are not recorded"
                + " in a decision log or model documentation");
        assertThat(f.actions()).singleElement().asString().startsWith("Name an accountable owner for every model");
    }

    @Test
    void notMetWithoutSkillsPlanEthicsOrOwner() {
        Finding f = assertStatus(ID, workload()
                .governance(allInPlace().skillsTrainingProgram(false).responsibleAiFramework(false).build())
                .model(Model.builder("fraud").owner(" ").build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'fraud' has no named accountable owner",
                "there is no role-based, continuous ML skills training plan");
    }

    @Test
    void insufficientEvidenceWhenNothingStatedAsksForModels() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact)
                .contains("models", "governance.skillsTrainingProgram", "governance.responsibleAiFramework");
    }

    @Test
    void insufficientEvidenceWhenOneModelHasNoStatedOwner() {
        Finding f = assertStatus(ID, workload().governance(allInPlace().build())
                .model(owned("fraud"), Model.builder("churn").build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models[churn].owner");
    }
}
