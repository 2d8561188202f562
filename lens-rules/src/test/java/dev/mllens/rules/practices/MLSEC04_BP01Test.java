package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.AccountSeparation;
import dev.mllens.workload.DevEnvironment;
import dev.mllens.workload.Environment;
import dev.mllens.workload.NetworkIsolation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLSEC04_BP01Test {

    private static final String ID = "MLSEC04-BP01";

    private static Environment.Builder governed() {
        return Environment.builder().accountSeparation(AccountSeparation.MULTI_ACCOUNT_BY_OU).guardrailPolicies(true)
                .networkIsolation(NetworkIsolation.VPC).securityMonitoring(true).selfServiceTemplates(true)
                .devEnvironment(DevEnvironment.MANAGED_NOTEBOOKS).rbacByRole(true).vulnerabilityScanning(true);
    }

    /** A workload whose models are released through CI/CD (step 7). */
    private static Workload.Builder released() {
        return workload().pipelines(Pipelines.builder().cicdForModels(true).build());
    }

    @Test
    void metWhenSeparatedGuardedIsolatedMonitoredAndSelfService() {
        Finding f = assertStatus(ID, released().environment(governed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.accountSeparation = MULTI_ACCOUNT_BY_OU");
    }

    @Test
    void notMetInOneUnguardedAccount() {
        Finding f = assertStatus(ID, released().environment(governed().accountSeparation(AccountSeparation.SINGLE_ACCOUNT)
                .guardrailPolicies(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("all ML work shares a single account",
                "no organisation-wide guardrail policies deny unsafe configurations");
    }

    @Test
    void partiallyMetWithoutNetworkIsolationOrTemplates() {
        Finding f = assertStatus(ID, released().environment(governed().networkIsolation(NetworkIsolation.NONE)
                .selfServiceTemplates(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(2).anySatisfy(a -> assertThat(a).contains("pre-approved, guard-railed templates"));
        assertThat(f.gapTexts()).containsExactly("notebooks, processing and training do not run in a private network",
                "ML environments are not provisioned from pre-approved templates");
    }

    @Test
    void insufficientEvidenceWhenMonitoringNotStated() {
        Finding f = assertStatus(ID, released().environment(governed().securityMonitoring(null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("environment.securityMonitoring");
    }

    @Test
    void partiallyMetWhenDataScientistsWorkOnSelfHostedMachines() {
        Finding f = assertStatus(ID, released().environment(governed().devEnvironment(DevEnvironment.SELF_HOSTED).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("data scientists develop outside a managed, access-controlled environment (SELF_HOSTED)");
        assertThat(f.actions()).singleElement().asString().contains("managed development environments");
    }

    @Test
    void restrictedDevelopmentEnvironmentHasLeastPrivilegeRolesAndScannedImages() {
        Finding f = assertStatus(ID, released().environment(governed().rbacByRole(false).vulnerabilityScanning(false).build())
                .build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "container images are not scanned for vulnerabilities before training or hosting uses them",
                "development environments are not reached through least-privilege, persona-based roles");
        assertThat(f.actions()).singleElement().asString().contains("scan container images");
    }

    @Test
    void modelArtifactsAndPipelinesAreSecuredWithARegistryAndCicd() {
        Finding f = assertStatus(ID, workload()
                .pipelines(Pipelines.builder().cicdForModels(false).build())
                .model(Model.builder("fraud").source(ModelSource.BUILT_IN_ALGORITHM).registered(false).build())
                .environment(governed().build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactlyInAnyOrder("model 'fraud' is not versioned in a model registry",
                "models and their containers are not released through CI/CD with security checks");
        assertThat(f.actions()).singleElement().asString().contains("registry");
    }

    @Test
    void aWorkloadThatBuildsNoModelIsNotAskedForModelReleases() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build())
                .environment(governed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(e -> e.fact()).doesNotContain("pipelines.cicdForModels", "models[llm].registered");
    }
}
