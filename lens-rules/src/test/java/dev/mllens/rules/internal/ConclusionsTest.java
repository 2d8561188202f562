package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
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

    private static CheckSpec spec(String label, boolean core, String step) {
        return new CheckSpec(P, label, core, List.of(P.step(step).orElseThrow()), P.id() + " " + label);
    }

    private static Judged core(String label, Boolean verdict) {
        return Judged.of(spec(label, true, "S1"), Check.requires(new FactValue<>("x." + label, verdict)).gap(label + " absent"));
    }

    private static Judged supporting(String label, Boolean verdict) {
        return Judged.of(spec(label, false, "S2"), Check.requires(new FactValue<>("y." + label, verdict)).gap(label + " absent"));
    }

    private static Finding conclude(Judged... checks) {
        return Conclusions.conclude(P, List.of(checks), List.of(), List.of());
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
        assertThat(f.actions()).containsExactly(P.step("S2").orElseThrow().text());
    }

    @Test
    void failingEveryCoreCheckIsNotMet() {
        Finding f = conclude(core("a", false), core("c", null), supporting("b", true));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.gaps()).containsExactly(new Gap("x.a", "a absent"));
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("x.c");
    }

    @Test
    void failingSupportingOrSomeCoreIsPartiallyMet() {
        assertThat(conclude(core("a", true), supporting("b", false)).status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(conclude(core("a", true), core("c", false)).status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(conclude(core("a", true), core("c", false)).risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void checksOfOneLabelReadingTheSameFactAreOrderedByTheirGapWhateverTheirInsertionOrder() {
        // MLSEC06-BP01 reads one model's artifactEncryption once per endpoint that serves it
        CheckSpec encrypted = spec("encrypted", false, "S2");
        Judged viaE0 = Judged.of(encrypted, Check.requires(new FactValue<>("models[m0].enc", false)).gap("m0 served by e0"));
        Judged viaE1 = Judged.of(encrypted, Check.requires(new FactValue<>("models[m0].enc", false)).gap("m0 served by e1"));
        assertThat(conclude(viaE1, viaE0).gapTexts()).containsExactly("m0 served by e0", "m0 served by e1");
        assertThat(conclude(viaE0, viaE1)).isEqualTo(conclude(viaE1, viaE0));
    }

    @Test
    void checksWithTheSameLabelFailIfAnySubjectFails() {
        CheckSpec encrypted = spec("encrypted", true, "S1");
        Judged d1 = Judged.of(encrypted, Check.requires(new FactValue<>("datasets[d1].enc", true)));
        Judged d2 = Judged.of(encrypted, Check.requires(new FactValue<>("datasets[d2].enc", false)).gap("d2 unencrypted"));
        Judged d3 = Judged.of(encrypted, Check.requires(new FactValue<Boolean>("datasets[d3].enc", null)));
        Finding f = conclude(d1, d2, d3);
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.gaps()).containsExactly(new Gap("datasets[d2].enc", "d2 unencrypted"));
        assertThat(f.reason()).isEqualTo("1 checks: 0 in place, 1 absent, 0 not stated");
    }

    @Test
    void notApplicableWinsOverChecks() {
        Finding f = Conclusions.conclude(P, List.of(core("a", false)), List.of("single node"), List.of());
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.risk()).isEqualTo(Risk.NONE);
        assertThat(f.reason()).isEqualTo("not applicable: single node");
    }

    @Test
    void aPracticeWithRulesButNoConclusionIsAnEngineError() {
        assertThatThrownBy(() -> Conclusions.conclude(P, List.of(), List.of(), List.of()))
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
        Check c = Check.requiresAttested(new FactValue<>("governance.plan", Attestation.yes("doc-7")));
        assertThat(c.outcome()).isEqualTo(Check.Outcome.PASS);
        assertThat(c.evidence()).extracting(Object::toString).containsExactly("governance.plan = attested yes (doc-7)");
    }

    @Test
    void aCheckMustRecordItsFacts() {
        assertThatThrownBy(() -> Check.reading().verdict(true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must record the facts");
    }

    @Test
    void aCheckReadingAnUnstatedFactAsksForIt() {
        Judged c = Judged.of(spec("profiled", true, "S1"),
                Check.fact(new FactValue<>("datasets[tx].profiled", null)).unknown());
        Finding f = conclude(c);
        assertThat(f.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).singleElement().satisfies(m -> {
            assertThat(m.fact()).isEqualTo("datasets[tx].profiled");
            assertThat(m.question()).startsWith("State datasets[tx].profiled: an automated profile");
        });
    }

    @Test
    void aConditionThatCannotBeDecidedIsAskedForUnlessThePracticeIsMet() {
        dev.mllens.finding.Missing ask = new dev.mllens.finding.Missing("context.inferenceMode", "State how predictions are served.");
        assertThat(Conclusions.conclude(P, List.of(core("a", true)), List.of(), List.of(ask)).missing()).isEmpty();
        Finding partial = Conclusions.conclude(P, List.of(core("a", true), supporting("b", false)), List.of(), List.of(ask));
        assertThat(partial.status()).isEqualTo(Status.PARTIALLY_MET);
        assertThat(partial.missing()).containsExactly(ask);
        Finding nothingElse = Conclusions.conclude(P, List.of(), List.of(), List.of(ask));
        assertThat(nothingElse.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        assertThat(nothingElse.missing()).containsExactly(ask);
    }

    @Test
    void aPracticeWithoutRulesIsReportedUndecidedNeverDropped() {
        Finding f = Conclusions.noRuleYet(P);
        assertThat(f.bestPracticeId()).isEqualTo(P.id());
        assertThat(f.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.risk()).isEqualTo(Risk.UNANSWERED);
        assertThat(f.reason()).startsWith("no rule yet");
    }

    @Test
    void aGapFoundWhileAWorkloadConditionIsUndecidedAlsoAsksWhatDecidesIt() {
        InProduction undecided = new InProduction(null, "not decided: context.inferenceMode",
                List.of(new dev.mllens.finding.Missing("context.inferenceMode", "State how predictions are served")));
        Judged failing = Judged.of(spec("a", true, "S1"),
                Check.requires(new FactValue<>("x.a", false)).judgedAsIf(undecided).gap("a absent"));
        Finding f = conclude(failing, supporting("b", true));
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly("a absent");
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("context.inferenceMode");
        assertThat(f.evidence()).extracting(Object::toString).contains("context.inferenceMode = not stated");
    }

    @Test
    void aPassingCheckOrADecidedConditionAsksNothingMore() {
        InProduction undecided = new InProduction(null, "not decided", List.of(new dev.mllens.finding.Missing("context.inferenceMode", "?")));
        InProduction deployed = new InProduction(true, "an endpoint is declared", List.of());
        Judged passing = Judged.of(spec("a", true, "S1"), Check.requires(new FactValue<>("x.a", true)).judgedAsIf(undecided));
        assertThat(conclude(passing).status()).isEqualTo(Status.MET);
        Judged decided = Judged.of(spec("a", true, "S1"),
                Check.requires(new FactValue<>("x.a", false)).judgedAsIf(deployed).gap("a absent"));
        assertThat(conclude(decided).missing()).isEmpty();
        assertThat(conclude(decided).evidence()).extracting(Object::toString).containsExactly("x.a = false");
    }
}
