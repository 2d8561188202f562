package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Context;
import dev.mllens.workload.Governance;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.LatencyRequirement;
import dev.mllens.workload.ProfileState;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.TrafficPattern;
import org.junit.jupiter.api.Test;

class MLOPS02_BP02Test {

    private static final String ID = "MLOPS02-BP02";

    private static Context.Builder profiled(ProfileState state) {
        return Context.builder().inferenceMode(InferenceMode.REAL_TIME).profile(state)
                .trafficPattern(TrafficPattern.SPIKY).latencyRequirement(LatencyRequirement.REAL_TIME)
                .coldStartToleranceMs(500);
    }

    private static Governance quarterly() {
        return Governance.builder().reviewCadence(ReviewTopic.ML_PROFILE, Cadence.QUARTERLY).build();
    }

    @Test
    void metWithCurrentAndTargetProfileRevisitedQuarterly() {
        Finding f = assertStatus(ID, workload().context(profiled(ProfileState.CURRENT_AND_TARGET).build())
                .governance(quarterly()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("context.coldStartToleranceMs = 500");
    }

    @Test
    void partiallyMetWhenProfileIsNeverRevisited() {
        Finding f = assertStatus(ID, workload().context(profiled(ProfileState.CURRENT_AND_TARGET).build())
                .governance(Governance.builder().reviewCadence(ReviewTopic.ML_PROFILE, Cadence.NONE).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("the ML profile is not revisited on a recurring schedule");
    }

    @Test
    void notMetWithOnlyACurrentStateProfile() {
        Finding f = assertStatus(ID, workload().context(profiled(ProfileState.CURRENT_ONLY).build())
                .governance(quarterly()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("the ML profile describes only the current state, not the target state");
        assertThat(f.actions()).singleElement().asString().startsWith("Fill in an ML profile template");
    }

    @Test
    void insufficientEvidenceWhenNothingStated() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).contains("context.profile", "context.trafficPattern",
                "context.coldStartToleranceMs", "governance.reviewCadence[ML_PROFILE]");
    }

    @Test
    void coldStartNotAskedForABatchWorkload() {
        Finding f = assertStatus(ID, workload().context(profiled(ProfileState.CURRENT_AND_TARGET)
                .inferenceMode(InferenceMode.BATCH).coldStartToleranceMs(null).build()).governance(quarterly()).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).noneMatch(e -> e.startsWith("context.coldStartToleranceMs"));
    }
}
