package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.BusinessGoal;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelEvaluation;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF04_BP03Test {

    private static final String ID = "MLPERF04-BP03";

    private static Pipelines.Builder pipeline() {
        return Pipelines.builder().modelEvaluation(ModelEvaluation.AUTO_TRIGGERED).mlPipelineOrchestrated(true).approvalGate(true);
    }

    private static Workload.Builder base(Pipelines p) {
        return workload().pipelines(p)
                .businessGoal(BusinessGoal.builder().metricToKpiMapping(Attestation.of(true)).build())
                .model(Model.builder("churn").acceptanceThresholdsDefined(true).build());
    }

    @Test
    void metWhenEvaluationIsAutomatedGatedAndTiedToKpis() {
        Finding f = assertStatus(ID, base(pipeline().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.modelEvaluation = AUTO_TRIGGERED");
    }

    @Test
    void partiallyMetWhenEvaluationRunsOnlyOnDemand() {
        Finding f = assertStatus(ID, base(pipeline().modelEvaluation(ModelEvaluation.PIPELINE_STEP).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the evaluation step runs only on demand, not whenever a model or its data changes");
    }

    @Test
    void notMetWhenEvaluationIsManualAndUnrelatedToKpis() {
        Finding f = assertStatus(ID, base(pipeline().modelEvaluation(ModelEvaluation.MANUAL).build())
                .businessGoal(BusinessGoal.builder().metricToKpiMapping(Attestation.of(false)).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("new models are evaluated by hand or not at all (modelEvaluation = MANUAL)");
        assertThat(f.gapTexts()).noneMatch(g -> g.startsWith("the evaluation step runs only on demand"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("pipelines.modelEvaluation", "businessGoal.metricToKpiMapping");
    }

    @Test
    void notApplicableWithoutOwnTraining() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
