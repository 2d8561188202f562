package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.AccountSeparation;
import dev.mllens.workload.Environment;
import dev.mllens.workload.NetworkIsolation;
import org.junit.jupiter.api.Test;

class MLSEC03_BP01Test {

    private static final String ID = "MLSEC03-BP01";

    private static Environment.Builder leastPrivilege() {
        return Environment.builder().rbacByRole(true).overPrivilegedRoles(0)
                .accountSeparation(AccountSeparation.MULTI_ACCOUNT_BY_OU).tagBasedAccess(true).guardrailPolicies(true)
                .networkIsolation(NetworkIsolation.VPC_NO_INTERNET);
    }

    @Test
    void metWhenRolesScopedAccountsSeparatedAndGuarded() {
        Finding f = assertStatus(ID, workload().environment(leastPrivilege().build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.overPrivilegedRoles = 0");
    }

    @Test
    void notMetWhenNoRolesAndWildcardGrants() {
        Finding f = assertStatus(ID, workload().environment(leastPrivilege().rbacByRole(false).overPrivilegedRoles(3).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("3 roles have wildcard or administrator access to ML data or resources");
    }

    @Test
    void partiallyMetInASingleAccountWithoutTags() {
        Finding f = assertStatus(ID, workload().environment(leastPrivilege()
                .accountSeparation(AccountSeparation.SINGLE_ACCOUNT).tagBasedAccess(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("all ML work shares a single account",
                "access is not conditioned on sensitivity or project tags");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("environment.rbacByRole", "environment.overPrivilegedRoles");
    }

    @Test
    void partiallyMetWhenMlComputeIsNotIsolatedAndOneRoleIsAdmin() {
        Finding f = assertStatus(ID, workload().environment(leastPrivilege().overPrivilegedRoles(1)
                .networkIsolation(NetworkIsolation.NONE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("1 role has wildcard or administrator access to ML data or resources",
                "notebooks, processing and training do not run in a private network");
        assertThat(f.actions()).anySatisfy(a -> assertThat(a).contains("private networking"));
    }
}
