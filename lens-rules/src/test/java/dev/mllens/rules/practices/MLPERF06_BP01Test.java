package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Monitoring;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.RetrainTrigger;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLPERF06_BP01Test {

    private static final String ID = "MLPERF06-BP01";

    private static Monitoring.Builder reviewed() {
        return Monitoring.builder().humanReviewLoop(true).groundTruthCollected(true).humanModelAgreementTracked(true)
                .humanReviewCostMeasured(Attestation.of(true));
    }

    private static Workload.Builder base(Monitoring m) {
        return workload().context(Context.builder().inferenceMode(InferenceMode.REAL_TIME).build()).monitoring(m)
                .governance(Governance.builder().reviewersAreSmes(Attestation.of(true)).build())
                .pipelines(Pipelines.builder().retrainTriggers(RetrainTrigger.SCHEDULED).build());
    }

    @Test
    void metWhenExpertsReviewPredictionsAndFeedRetraining() {
        Finding f = assertStatus(ID, base(reviewed().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("monitoring.humanReviewLoop = true");
    }

    @Test
    void partiallyMetWhenAgreementIsNotTracked() {
        Finding f = assertStatus(ID, base(reviewed().humanModelAgreementTracked(false).build()).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("how often reviewers agree with the model is not tracked, so drift shows up late");
    }

    @Test
    void notMetWithoutHumanReview() {
        Finding f = assertStatus(ID, base(Monitoring.builder().humanReviewLoop(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("no low-confidence, high-risk or sampled predictions are routed to human review");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("monitoring.humanReviewLoop", "governance.reviewersAreSmes");
    }

    @Test
    void notApplicableWhenNothingIsDeployed() {
        Finding f = assertStatus(ID, workload().context(Context.builder().inferenceMode(InferenceMode.NOT_DEPLOYED).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("no model is deployed");
    }

    @Test
    void theCostOfHumanReviewIsMeasuredAgainstTheAccuracyItAdds() {
        Finding f = assertStatus(ID, base(reviewed().humanReviewCostMeasured(Attestation.of(false)).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "what human review costs was not compared with the accuracy it adds, so review effort may go where it pays least");
        assertThat(f.actions()).singleElement().asString().startsWith("Compare review cost with the accuracy gained");
        Finding asked = assertStatus(ID, base(reviewed().humanReviewCostMeasured((Attestation) null).build()).build(),
                Status.INSUFFICIENT_EVIDENCE);
        assertThat(asked.missing()).extracting(Missing::fact).containsExactly("monitoring.humanReviewCostMeasured");
    }

    @Test
    void theCostOfHumanReviewIsNotAskedWithoutAReviewLoop() {
        Finding f = assertStatus(ID, base(Monitoring.builder().humanReviewLoop(false).build()).build(), Status.NOT_MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("monitoring.humanReviewCostMeasured"));
    }
}
