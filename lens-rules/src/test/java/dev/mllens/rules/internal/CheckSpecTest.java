package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a rule's name and metadata declare about its checks, and the mistakes caught when the rules load. */
class CheckSpecTest {

    private static final BestPractice P = Lens.catalog().require("MLSEC04-BP02");

    @Test
    void theLabelIsTheRuleNameAfterThePracticeIdUnlessGiven() {
        CheckSpec s = CheckSpec.of(P, "MLSEC04-BP02 keys rotated", Map.of("supporting", "\"S3\""));
        assertThat(s.label()).isEqualTo("keys rotated");
        assertThat(s.core()).isFalse();
        assertThat(s.steps()).containsExactly(P.step("S3").orElseThrow());
        assertThat(CheckSpec.of(P, "MLSEC04-BP02 is training distributed",
                Map.of("core", "S1", "label", "\"inter-node traffic encrypted\"")).label()).isEqualTo("inter-node traffic encrypted");
    }

    @Test
    void aRuleWithoutCheckMetadataDeclaresNoCheck() {
        assertThat(CheckSpec.of(P, "MLSEC04-BP02 not applicable to single-node training", Map.of())).isNull();
    }

    @Test
    void malformedMetadataIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("core", "S9")))
                .hasMessageContaining("'MLSEC04-BP02 x' cites improvement step S9, which MLSEC04-BP02 does not have");
        assertThatThrownBy(() -> CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("core", "S1", "supporting", "S2")))
                .hasMessageContaining("both @core and @supporting");
        assertThatThrownBy(() -> CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("label", "y")))
                .hasMessageContaining("neither @core nor @supporting");
        assertThatThrownBy(() -> CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("core", "S1", "step", "2")))
                .hasMessageContaining("unknown metadata @step");
    }

    @Test
    void checksOfOneLabelMustAgreeOnKindAndStep() {
        CheckSpec a = CheckSpec.of(P, "MLSEC04-BP02 a", Map.of("core", "S1", "label", "l"));
        assertThat(a.agreesWith(CheckSpec.of(P, "MLSEC04-BP02 b", Map.of("core", "S1", "label", "l")))).isTrue();
        assertThat(a.agreesWith(CheckSpec.of(P, "MLSEC04-BP02 c", Map.of("supporting", "S1", "label", "l")))).isFalse();
        assertThat(a.agreesWith(CheckSpec.of(P, "MLSEC04-BP02 d", Map.of("core", "S2", "label", "l")))).isFalse();
    }

    @Test
    void aRuleWithSeveralStepsNeedsEachCheckToNameOne() {
        CheckSpec s = CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("core", "S1 S2"));
        Check unnamed = Check.requires(new FactValue<>("training.interNodeEncryption", false));
        assertThatThrownBy(() -> s.stepOf(unnamed)).hasMessageContaining("must name one with fixedBy");
        assertThat(s.stepOf(unnamed.fixedBy("S2"))).isEqualTo(P.step("S2").orElseThrow());
        assertThatThrownBy(() -> s.stepOf(unnamed.fixedBy("S3"))).hasMessageContaining("names step S3, which it does not declare");
    }

    @Test
    void onlyWhenKeepsAFailureThatMayNotConcernTheSubjectUndecided() {
        Check failing = Check.requires(new FactValue<>("datasets[d].versioned", false));
        FactValue<Object> usage = new FactValue<>("datasets[d].usage", null);
        Check unknownUsage = failing.onlyWhen(usage, null);
        assertThat(unknownUsage.outcome()).isEqualTo(Check.Outcome.UNKNOWN);
        assertThat(unknownUsage.conditions()).containsExactly("datasets[d].usage");
        assertThat(failing.onlyWhen(usage, false).outcome()).isEqualTo(Check.Outcome.PASS);
        assertThat(failing.onlyWhen(usage, true)).isSameAs(failing);
        Check passing = Check.requires(new FactValue<>("datasets[d].versioned", true));
        assertThat(passing.onlyWhen(usage, null).outcome()).isEqualTo(Check.Outcome.PASS);
    }
}
