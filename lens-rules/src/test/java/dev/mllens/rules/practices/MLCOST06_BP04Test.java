package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Training;
import dev.mllens.workload.TrainingSignal;
import org.junit.jupiter.api.Test;

class MLCOST06_BP04Test {

    private static final String ID = "MLCOST06-BP04";

    private static Training observed(TrainingSignal... signals) {
        return Training.builder().logsExpire(true).observability(signals).build();
    }

    @Test
    void metWhenTrainingLoggedProfiledMeasuredAndAlarmed() {
        Finding f = assertStatus(ID, workload().training(observed(TrainingSignal.values())).build(), Status.MET);
        assertThat(f.actions()).isEmpty();
    }

    @Test
    void notMetWhenTrainingIsBlind() {
        Finding f = assertStatus(ID, workload().training(observed()).build(), Status.NOT_MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("training.observability = none");
        assertThat(f.gapTexts()).hasSize(4);
    }

    @Test
    void partiallyMetWithLogsOnly() {
        Finding f = assertStatus(ID, workload().training(observed(TrainingSignal.LOGS)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).contains("training jobs run without a debugger or profiler that flags wasted compute and failing runs");
        assertThat(f.actions()).anyMatch(a -> a.contains("debugging and profiling"));
    }

    @Test
    void partiallyMetWhenTrainingLogsAreKeptForever() {
        Finding f = assertStatus(ID, workload().training(Training.builder().logsExpire(false)
                .observability(TrainingSignal.values()).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("training job logs are kept forever: no retention period limits their storage cost");
        assertThat(f.actions()).singleElement().asString().contains("retention policies");
    }

    @Test
    void notApplicableWhenOwnDataFeedsAPretrainedModelUsedAsIs() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(true).build())
                .model(Model.builder("ranker").source(ModelSource.PRETRAINED_AS_IS).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("every declared model is used as is").contains("the workload trains no model of its own");
    }

    @Test
    void notApplicableWithoutOwnTraining() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload trains no model of its own");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("training.observability", "training.logsExpire", "context.ownDataProcessing");
    }
}
