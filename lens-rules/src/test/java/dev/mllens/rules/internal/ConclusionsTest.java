package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.workload.Attestation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one status policy, exercised directly on checks (MLSEC04-BP02 is HIGH risk with 4 steps). */
class ConclusionsTest {

    private static final BestPractice P = Lens.catalog().require("MLSEC04-BP02");

    private static Check core(String label, Boolean verdict) {
        return Check.core(P.id(), 1, label).requires("x." + label, verdict).gap(label + " absent").build();
    }

    private static Check supporting(String label, Boolean verdict) {
        return Check.supporting(P.id(), 2, label).requires("y." + label, verdict).gap(label + " absent").build();
    }

    private static Finding conclude(Check... checks) {
        return Conclusions.conclude(P, List.of(checks), List.of());
    }

    @Test
    void allPassingIsMetWithNothingToDo() {
        Finding f = conclude(core("a", true), supporting("b", true));
        assertThat(f.status()).isEqualTo(Status.MET);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.actions()).isEmpty();
        assertThat(f.evidence()).extracting(Object::toString).containsExactly("x.a = true", "y.b = true");
    }

    @Test
    void unknownWithoutFailureIsInsufficientEvidenceAndAsks() {
        Finding f = conclude(core("a", true), supporting("b", null));
        assertThat(f.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.risk()).isEqualTo(Risk.UNANSWERED);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("y.b");
        assertThat(f.actions()).containsExactly(P.step(2));
    }

    @Test
    void failingEveryCoreCheckIsNotMet() {
        Finding f = conclude(core("a", false), core("c", null), supporting("b", true));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gaps()).containsExactly("a absent");
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("x.c");
    }

    @Test
    void failingSupportingOrSomeCoreIsPartiallyMet() {
        assertThat(conclude(core("a", true), supporting("b", false)).status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(conclude(core("a", true), core("c", false)).status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(conclude(core("a", true), core("c", false)).risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void checksWithTheSameLabelFailIfAnySubjectFails() {
        Check d1 = Check.core(P.id(), 1, "encrypted").requires("datasets[d1].enc", true).build();
        Check d2 = Check.core(P.id(), 1, "encrypted").requires("datasets[d2].enc", false).gap("d2 unencrypted").build();
        Check d3 = Check.core(P.id(), 1, "encrypted").requires("datasets[d3].enc", null).build();
        Finding f = conclude(d1, d2, d3);
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.gaps()).containsExactly("d2 unencrypted");
        assertThat(f.reason()).isEqualTo("1 checks: 0 in place, 1 absent, 0 not stated");
    }

    @Test
    void notApplicableWinsOverChecks() {
        Finding f = Conclusions.conclude(P, List.of(core("a", false)), List.of(new NotApplicable(P.id(), "single node")));
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.reason()).isEqualTo("not applicable: single node");
    }

    @Test
    void aPracticeWithRulesButNoConclusionIsAnEngineError() {
        assertThatThrownBy(() -> Conclusions.conclude(P, List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLSEC04-BP02 reached no conclusion");
    }

    @Test
    void threeValuedHelpersKeepUnknownUnknown() {
        assertThat(Check.all(true, null)).isNull();
        assertThat(Check.all(false, null)).isFalse();
        assertThat(Check.any(true, null)).isTrue();
        assertThat(Check.any(false, null)).isNull();
        assertThat(Check.in(null, "a")).isNull();
        assertThat(Check.in("a", "a", "b")).isTrue();
        assertThat(Check.containsAny(null, "a")).isNull();
        assertThat(Check.containsAny(List.of(), "a")).isFalse();
        assertThat(Check.atLeast(3, 5)).isFalse();
        assertThat(Check.holds(null)).isNull();
        assertThat(Check.holds(Attestation.of(true))).isTrue();
    }

    @Test
    void attestationsAppearInEvidenceWithTheirNote() {
        Check c = Check.core(P.id(), 1, "plan").requiresAttested("governance.plan", Attestation.yes("doc-7")).build();
        assertThat(c.outcome()).isEqualTo(Check.Outcome.PASS);
        assertThat(c.evidence()).extracting(Object::toString).containsExactly("governance.plan = attested yes (doc-7)");
    }

    @Test
    void aCheckMustRecordItsFacts() {
        assertThatThrownBy(() -> Check.core(P.id(), 1, "empty").passWhen(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must record the facts");
    }

    @Test
    void aPracticeWithoutRulesIsReportedUndecidedNeverDropped() {
        Finding f = Conclusions.noRuleYet(P);
        assertThat(f.bestPracticeId()).isEqualTo(P.id());
        assertThat(f.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.risk()).isEqualTo(Risk.UNANSWERED);
        assertThat(f.reason()).startsWith("no rule yet");
    }
}
