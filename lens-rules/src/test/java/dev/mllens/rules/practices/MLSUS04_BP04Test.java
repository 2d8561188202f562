package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.HpoMethod;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import org.junit.jupiter.api.Test;

class MLSUS04_BP04Test {

    private static final String ID = "MLSUS04-BP04";

    private static final Model TRAINED = Model.builder("churn").source(ModelSource.CUSTOM_FROM_SCRATCH).build();

    private static Training.Builder tuning(HpoMethod method) {
        return Training.builder().hpoMethod(method).earlyStopping(true).hpoParallelJobs(2).hpoWarmStart(true)
                .observability(TrainingSignal.METRICS);
    }

    @Test
    void metWithBayesianSearchFewParallelJobsAndEarlyStopping() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.BAYESIAN).build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoParallelJobs = 2");
    }

    @Test
    void notMetWithGridSearch() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.GRID).earlyStopping(false).build()).build(),
                Status.NOT_MET);
        assertThat(f.gapTexts()).contains("hyperparameters are searched with GRID instead of Bayesian optimization or Hyperband");
    }

    @Test
    void partiallyMetWhenBayesianSearchRunsManyJobsAtOnce() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.BAYESIAN).hpoParallelJobs(40).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("40 concurrent tuning jobs leave Bayesian search little to learn from earlier results");
        assertThat(f.actions()).hasSize(1).first().asString().contains("concurrent tuning jobs");
    }

    @Test
    void hyperbandIsNotAskedAboutConcurrency() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.HYPERBAND).hpoParallelJobs(40).build()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.hpoMethod = HYPERBAND")
                .noneMatch(e -> e.startsWith("training.hpoParallelJobs"));
    }

    @Test
    void notApplicableWithoutTuning() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(Training.builder().hpoMethod(HpoMethod.NONE).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("training.hpoMethod = NONE");
    }

    @Test
    void insufficientEvidenceWhenSearchStrategyNotStated() {
        Finding f = assertStatus(ID, workload().model(TRAINED).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.hpoMethod");
        assertThat(f.missing().get(0).question()).contains("BAYESIAN");
    }

    @Test
    void warmStartingIsForTuningThatIsRepeatedAsModelsAreRetrained() {
        // step 9: warm-start "when incrementally improving models or adapting to changing data patterns"
        Finding retrained = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.BAYESIAN).hpoWarmStart(false).build())
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.DRIFT_ALARM).build()).build(), Status.PARTIALLY_MET);
        assertThat(retrained.gapTexts()).containsExactly("tuning jobs for retrained models start from scratch instead of from the results of earlier ones");
        Finding once = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.BAYESIAN).hpoWarmStart(false).build())
                .pipelines(Pipelines.builder().retrainTriggers(java.util.Set.of()).build()).build(), Status.MET);
        assertThat(once.evidence()).extracting(Object::toString).contains("pipelines.retrainTriggers = none");
        Finding asked = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.BAYESIAN).hpoWarmStart(false).build())
                .build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(asked.missing()).extracting(m -> m.fact()).containsExactly("pipelines.retrainTriggers");
    }

    @Test
    void resourceUtilizationOfTuningJobsIsMonitored() {
        Finding f = assertStatus(ID, workload().model(TRAINED).training(tuning(HpoMethod.HYPERBAND)
                .observability(TrainingSignal.LOGS).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("CPU, GPU and memory utilization of tuning jobs are not collected to adjust the tuning strategy");
        assertThat(f.actions()).singleElement().asString().contains("Monitor resource utilization of tuning jobs");
    }
}
