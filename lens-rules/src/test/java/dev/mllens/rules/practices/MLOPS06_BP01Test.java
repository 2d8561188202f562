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
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Stages;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS06_BP01Test {

    private static final String ID = "MLOPS06-BP01";

    private static Environment.Builder staged() {
        return Environment.builder().stages(Stages.DEV_STAGING_PROD).configParity(true);
    }

    private static Monitoring.Builder compared() {
        return Monitoring.builder().trainingServingSkewCheck(true).crossEnvValidation(true);
    }

    private static Workload.Builder base(boolean iac, Environment environment, Monitoring monitoring) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.BATCH).build())
                .pipelines(Pipelines.builder().infrastructureAsCode(iac).build()).environment(environment)
                .monitoring(monitoring).governance(Governance.builder().promotionChecklist(true).build());
    }

    @Test
    void metWhenStagesMatchAndModelBehaviourIsCompared() {
        Finding f = assertStatus(ID, base(true, staged().build(), compared().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.crossEnvValidation = true");
    }

    @Test
    void partiallyMetWhenModelsGoStraightToProduction() {
        Finding f = assertStatus(ID, base(true, staged().stages(Stages.PROD_ONLY).build(), compared().build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "models go straight to production: there is no development or staging stage to compare with");
    }

    @Test
    void notMetWhenEnvironmentsAreHandBuiltAndNeverCompared() {
        Finding f = assertStatus(ID, base(false, staged().configParity(false).build(),
                compared().crossEnvValidation(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("model metrics are not compared between stages around promotion");
        assertThat(f.actions()).hasSize(3);
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("pipelines.infrastructureAsCode",
                "environment.configParity", "monitoring.crossEnvValidation");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload()
                .context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }
}
