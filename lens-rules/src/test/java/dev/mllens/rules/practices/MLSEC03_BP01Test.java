package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.AccountSeparation;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Governance;
import dev.mllens.workload.Guardrail;
import dev.mllens.workload.NetworkIsolation;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLSEC03_BP01Test {

    private static final String ID = "MLSEC03-BP01";

    private static Environment.Builder leastPrivilege() {
        return Environment.builder().rbacByRole(true).overPrivilegedRoles(0)
                .accountSeparation(AccountSeparation.MULTI_ACCOUNT_BY_OU).tagBasedAccess(true).guardrailPolicies(true)
                .networkIsolation(NetworkIsolation.VPC_NO_INTERNET);
    }

    /** A workload whose access permissions are reviewed quarterly (step 1's regular access reviews). */
    private static Workload.Builder reviewed() {
        return workload().governance(Governance.builder().reviewCadence(ReviewTopic.ACCESS_PERMISSIONS, Cadence.QUARTERLY).build());
    }

    @Test
    void metWhenRolesScopedAccountsSeparatedAndGuarded() {
        Finding f = assertStatus(ID, reviewed().environment(leastPrivilege().build()).build(), Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.overPrivilegedRoles = 0");
    }

    @Test
    void notMetWhenNoRolesAndWildcardGrants() {
        Finding f = assertStatus(ID, reviewed().environment(leastPrivilege().rbacByRole(false).overPrivilegedRoles(3).build())
                .build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("3 roles have wildcard or administrator access to ML data or resources");
    }

    @Test
    void partiallyMetInASingleAccountWithoutTags() {
        Finding f = assertStatus(ID, reviewed().environment(leastPrivilege()
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
        Finding f = assertStatus(ID, reviewed().environment(leastPrivilege().overPrivilegedRoles(1)
                .networkIsolation(NetworkIsolation.NONE).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("1 role has wildcard or administrator access to ML data or resources",
                "notebooks, processing and training do not run in a private network");
        assertThat(f.actions()).anySatisfy(a -> assertThat(a).contains("private networking"));
    }

    @Test
    void regularAccessReviewsVerifyPermissionsRemainAppropriate() {
        Finding f = assertStatus(ID, workload()
                .governance(Governance.builder().reviewCadence(ReviewTopic.ACCESS_PERMISSIONS, Cadence.AD_HOC).build())
                .environment(leastPrivilege().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("access permissions are not reviewed on a recurring schedule as responsibilities change");
        assertThat(f.evidence()).extracting(Object::toString).contains("governance.reviewCadence[ACCESS_PERMISSIONS] = AD_HOC");
    }

    @Test
    void outputFilteringAvoidsInadvertentDisclosureByGenerativeModels() {
        Finding f = assertStatus(ID, reviewed()
                .context(Context.builder().generativeAi(true).build())
                .endpoint(Endpoint.builder("chat").guardrails(Guardrail.PROMPT_ATTACK_FILTER).build())
                .environment(leastPrivilege().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("responses of the generative model behind endpoint 'chat' are not filtered for sensitive data");
        assertThat(f.actions()).singleElement().asString().contains("filter outputs");
    }

    @Test
    void outputFilteringIsAskedOnlyOfGenerativeAi() {
        Finding met = assertStatus(ID, reviewed()
                .context(Context.builder().generativeAi(false).build())
                .endpoint(Endpoint.builder("scores").guardrails(java.util.Set.of()).build())
                .environment(leastPrivilege().build()).build(), Status.MET);
        assertThat(met.evidence()).extracting(Object::toString).contains("context.generativeAi = false")
                .noneMatch(e -> e.startsWith("endpoints[scores].guardrails"));
        Finding asked = assertStatus(ID, reviewed()
                .endpoint(Endpoint.builder("scores").guardrails(java.util.Set.of()).build())
                .environment(leastPrivilege().build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(asked.missing()).extracting(Missing::fact).containsExactly("context.generativeAi");
    }
}
