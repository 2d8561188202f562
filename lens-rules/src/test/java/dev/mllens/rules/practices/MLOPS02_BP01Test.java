package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Governance;
import dev.mllens.workload.MlRole;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS02_BP01Test {

    private static final String ID = "MLOPS02-BP01";

    private static Governance.Builder organised() {
        return Governance.builder().rolesDefined(true)
                .rolesCovered(MlRole.DOMAIN_EXPERT, MlRole.DATA_SCIENTIST, MlRole.ML_ENGINEER)
                .escalationPath(true).collaborationFramework(true).rolesTraining(true);
    }

    private static Workload.Builder base(Governance governance, Context context) {
        return workload().governance(governance).context(context)
                .environment(Environment.builder().rbacByRole(true).overPrivilegedRoles(0).build())
                .model(Model.builder("churn").owner("crm-ml team").build());
    }

    private static Context unregulated() {
        return Context.builder().regulated(false).generativeAi(false).build();
    }

    @Test
    void metWhenRolesWrittenStaffedOwnedAndEscalated() {
        Finding f = assertStatus(ID, base(organised().build(), unregulated()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[churn].owner = crm-ml team");
    }

    @Test
    void partiallyMetWhenRegulatedWorkloadHasNoRiskManagerAndNoEscalationPath() {
        Finding f = assertStatus(ID, base(organised().escalationPath(false).build(),
                Context.builder().regulated(true).generativeAi(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "roles the workload needs are not staffed: model risk manager (regulated workload)",
                "there is no documented escalation path for model problems");
    }

    @Test
    void notMetWhenNothingIsWrittenStaffedOrOwned() {
        Finding f = assertStatus(ID, workload().context(unregulated())
                .governance(Governance.builder().rolesDefined(false).rolesCovered(MlRole.DATA_SCIENTIST).build())
                .model(Model.builder("churn").owner("").build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model 'churn' has no named owner",
                "roles the workload needs are not staffed: domain expert, ML or MLOps engineer");
    }

    @Test
    void insufficientEvidenceWhenRegulationIsNotStatedAndNoRiskRoleIsStaffed() {
        Finding f = assertStatus(ID, base(organised().build(), Context.builder().generativeAi(false).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("context.regulated");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact)
                .contains("governance.rolesDefined", "governance.rolesCovered", "models", "governance.escalationPath");
    }

    @Test
    void promptEngineersMayBeNeededForGenerativeAiButAreNotRequired() {
        Finding f = assertStatus(ID, base(organised().build(), Context.builder().regulated(false).generativeAi(true).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("context.generativeAi"));
    }
}
