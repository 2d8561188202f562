package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MLREL03_BP01Test {

    private static final String ID = "MLREL03-BP01";

    private static Pipelines.Builder automated() {
        return Pipelines.builder().cicdForModels(true).lineageTracking(true).codeVersioned(true).approvalGate(true)
                .retrainTriggers(RetrainTrigger.NEW_DATA_EVENT, RetrainTrigger.DRIFT_ALARM).infrastructureAsCode(true);
    }

    @Test
    void metWhenBuiltReleasedRetrainedAndTraced() {
        Finding f = assertStatus(ID, workload().pipelines(automated().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("pipelines.lineageTracking = true");
    }

    @Test
    void notMetWithoutCiCdAndLineage() {
        Finding f = assertStatus(ID, workload().pipelines(automated().cicdForModels(false).lineageTracking(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gaps()).contains("no automatic lineage links data versions, training jobs, models and endpoints");
    }

    @Test
    void partiallyMetWhenRetrainingIsOnlyManual() {
        Finding f = assertStatus(ID, workload().pipelines(automated().retrainTriggers(RetrainTrigger.MANUAL).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gaps()).containsExactly("retraining is never started automatically by new data, a schedule or a drift alarm");
        assertThat(f.actions()).containsExactly("Retrain automatically on new data, on a schedule or on a drift alarm, through the same pipeline.");
    }

    @Test
    void continuousTrainingNotAskedOfAWorkloadWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .pipelines(automated().retrainTriggers(Set.of()).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("pipelines.retrainTriggers"));
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).contains("pipelines.cicdForModels", "pipelines.retrainTriggers");
    }
}
