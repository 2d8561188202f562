package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.ProblemType;
import dev.mllens.workload.Training;
import org.junit.jupiter.api.Test;

class MLCOST04_BP05Test {

    private static final String ID = "MLCOST04-BP05";

    private static Context tabular() {
        return Context.builder().problemType(ProblemType.TABULAR_CLASSIFICATION).build();
    }

    private static Pipelines validated() {
        return Pipelines.builder().dataValidationGate(true).build();
    }

    @Test
    void metWhenAutoMlModelIsCrossValidatedOnValidatedData() {
        Finding f = assertStatus(ID, workload().context(tabular()).pipelines(validated())
                .model(Model.builder("churn").source(ModelSource.AUTOML).crossValidation(true).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[churn].source = AUTOML");
    }

    @Test
    void notMetWhenCandidatesAreExploredByHand() {
        Finding f = assertStatus(ID, workload().context(tabular()).pipelines(validated())
                .training(Training.builder().autoMlUsed(false).build())
                .model(Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).crossValidation(true).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).singleElement().asString().contains("explored by hand");
        assertThat(f.actions()).singleElement().asString().contains("AutoML job");
    }

    @Test
    void partiallyMetWhenAutoMlUsedWithoutCrossValidation() {
        Finding f = assertStatus(ID, workload().context(tabular()).pipelines(validated())
                .training(Training.builder().autoMlUsed(true).build())
                .model(Model.builder("churn").source(ModelSource.BUILT_IN_ALGORITHM).crossValidation(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("model 'churn' was selected without cross-validation");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactlyInAnyOrder("pipelines.dataValidationGate", "training.autoMlUsed", "context.ownDataProcessing");
    }

    @Test
    void insufficientEvidenceAsksCrossValidationOfAModelWhoseSourceIsNotStated() {
        Finding f = assertStatus(ID, workload().context(tabular()).pipelines(validated())
                .training(Training.builder().autoMlUsed(true).build()).model(Model.builder("churn").build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("models[churn].crossValidation", "models[churn].source");
    }

    @Test
    void notApplicableToGenerativeWorkloads() {
        Finding f = assertStatus(ID, workload().context(Context.builder().problemType(ProblemType.GENERATIVE).build())
                .training(Training.builder().autoMlUsed(false).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.problemType = GENERATIVE");
    }

    @Test
    void notApplicableWithoutTrainingOfItsOwn() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }
}
