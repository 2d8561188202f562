package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.rules.internal.DerivedFacts;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated workloads (QuickTheories; kept apart from example-based tests so the
 * property library can be swapped). The seed is the generated value, so a failure names a seed that
 * reproduces it with {@link RandomWorkloads#generate(long)}.
 */
class RuleBaseProperties {

    private static final RuleBase RULES = RuleBase.load();

    @AfterAll
    static void close() {
        RULES.close();
    }

    @Test
    void everyPracticeInScopeYieldsExactlyOneFinding() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            Workload w = RandomWorkloads.generate(seed);
            List<Finding> findings = RULES.evaluate(w);
            assertThat(findings).extracting(Finding::bestPracticeId)
                    .containsExactlyElementsOf(Lens.catalog().practices().stream().map(BestPractice::id).toList());
        });
    }

    @Test
    void scopedEvaluationYieldsExactlyThePracticesInScope() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Workload w = RandomWorkloads.generate(seed);
            Pillar pillar = Pillar.values()[(int) Math.floorMod(seed, Pillar.values().length)];
            List<Finding> findings = RULES.evaluate(w, p -> p.pillar() == pillar);
            assertThat(findings).extracting(Finding::bestPracticeId).containsExactlyElementsOf(
                    Lens.catalog().practices().stream().filter(p -> p.pillar() == pillar).map(BestPractice::id).toList());
        });
    }

    @Test
    void aScopedEvaluationThatFiresOnlyItsPracticesRulesConcludesAsTheWholeDoes() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Workload w = RandomWorkloads.generate(seed);
            Pillar pillar = Pillar.values()[(int) Math.floorMod(seed, Pillar.values().length)];
            List<Finding> whole = RULES.evaluate(w);
            assertThat(RULES.evaluate(w, p -> p.pillar() == pillar))
                    .isEqualTo(whole.stream().filter(f -> f.pillar() == pillar).toList());
        });
    }

    @Test
    void findingsDoNotDependOnTheOrderFactsAreInserted() {
        qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
            Workload w = RandomWorkloads.generate(seed);
            List<Finding> expected = RULES.evaluate(w);
            DerivedFacts derived = DerivedFacts.of(w);
            List<Object> facts = new ArrayList<>(RuleBase.workingMemory(w, derived));
            Collections.shuffle(facts, new Random(seed));
            assertThat(RULES.evaluateFacts(facts, derived, p -> true).findings()).isEqualTo(expected);
        });
    }

    @Test
    void statusRiskAndExplanationAgree() {
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            for (Finding f : RULES.evaluate(RandomWorkloads.generate(seed))) {
                BestPractice p = Lens.catalog().require(f.bestPracticeId());
                assertThat(f.risk()).as(f.bestPracticeId()).isEqualTo(Risk.of(f.status(), p.risk()));
                switch (f.status()) {
                    case MET -> assertThat(f.gaps().isEmpty() && f.missing().isEmpty() && f.actions().isEmpty())
                            .as(f.bestPracticeId() + " MET explains nothing missing: " + f).isTrue();
                    case NOT_MET, PARTIALLY_MET -> assertThat(f.gaps()).as(f.bestPracticeId() + " gaps: " + f).isNotEmpty();
                    case INSUFFICIENT_EVIDENCE -> assertThat(f.missing()).as(f.bestPracticeId() + " missing: " + f).isNotEmpty();
                    case NOT_APPLICABLE -> assertThat(f.reason()).as(f.bestPracticeId() + " reason").isNotBlank();
                }
                if (f.status() != Status.MET && f.status() != Status.NOT_APPLICABLE) {
                    assertThat(f.actions()).as(f.bestPracticeId() + " actions: " + f).isNotEmpty();
                }
            }
        });
    }
}
