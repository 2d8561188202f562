package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.CostControls;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import org.junit.jupiter.api.Test;

class MLCOST04_BP13Test {

    private static final String ID = "MLCOST04-BP13";

    private static Context inIreland() {
        return Context.builder().computeRegions("eu-west-1").build();
    }

    private static Dataset data(String region) {
        return Dataset.builder("transactions").usage(DatasetUsage.TRAINING).region(region).build();
    }

    private static CostControls transfer(double gb) {
        return CostControls.builder().crossRegionTransferGbPerMonth(gb).build();
    }

    @Test
    void metWhenDataAndComputeShareTheRegion() {
        Finding f = assertStatus(ID, workload().context(inIreland()).dataset(data("eu-west-1")).cost(transfer(0)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[transactions].region = eu-west-1");
    }

    @Test
    void notMetWhenDataIsReadAcrossRegions() {
        Finding f = assertStatus(ID, workload().context(inIreland()).dataset(data("us-east-1")).cost(transfer(800)).build(),
                Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gapTexts()).contains("dataset 'transactions' is stored in us-east-1 but compute runs in [eu-west-1]");
        assertThat(f.actions()).anyMatch(a -> a.contains("Provision ML compute in the Region where its data lives"));
    }

    @Test
    void partiallyMetWhenColocatedButMuchDataStillCrossesRegions() {
        Finding f = assertStatus(ID, workload().context(inIreland()).dataset(data("eu-west-1")).cost(transfer(250)).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "250.0 GB of data move across Regions each month, more than the near-zero line of 10 GB");
        assertThat(f.actions()).singleElement().asString().contains("replicate the datasets");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact())
                .containsExactlyInAnyOrder("datasets", "cost.crossRegionTransferGbPerMonth", "context.ownDataProcessing");
    }

    @Test
    void notApplicableWithoutDataOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false", "no dataset is declared");
    }

    @Test
    void inferenceDataIsJudgedEvenWhenNoModelIsTrained() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).computeRegions("eu-west-1").build())
                .model(Model.builder("llm").source(ModelSource.FOUNDATION_MODEL_API).build())
                .dataset(Dataset.builder("documents").usage(DatasetUsage.INFERENCE).region("us-east-1").build())
                .cost(transfer(400)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("dataset 'documents' is stored in us-east-1 but compute runs in [eu-west-1]");
    }
}
