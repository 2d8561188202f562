package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.DistributionStrategy;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * The contract the engine enforces on rule files, on small rule bases compiled from DRL here: the practice
 * and check come from the rule's name and metadata, and every way of getting them wrong is an error that
 * names the rule.
 */
class RuleBaseContractTest {

    private static final String HEADER = """
            package dev.mllens.rules.practices;
            import static dev.mllens.rules.internal.Facts.*;
            import static dev.mllens.rules.internal.Emit.emit;
            import dev.mllens.rules.internal.Check;
            import dev.mllens.rules.internal.Emit;
            import dev.mllens.rules.internal.NotApplicable;
            import dev.mllens.workload.Training;
            import dev.mllens.rules.internal.readers.Training_;
            import dev.mllens.workload.DistributionStrategy;
            """;

    private static RuleBase rules(String drl) {
        KieBase kieBase = new KieHelper().addContent(HEADER + drl, ResourceType.DRL).build();
        return new RuleBase(kieBase);
    }

    private static Workload training(Boolean encrypted) {
        return Workload.builder("w").training(Training.builder().distributionStrategy(DistributionStrategy.DATA_PARALLEL)
                .interNodeEncryption(encrypted).build()).build();
    }

    private static final String ENCRYPTED = """
            rule "MLSEC04-BP02 inter-node traffic encrypted"
                @core("S1")
            when
                $t : Training()
            then
                emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)).gap("not encrypted"));
            end
            """;

    @Test
    void checksBelongToThePracticeAndLabelTheirRuleNames() {
        try (RuleBase base = rules(ENCRYPTED)) {
            assertThat(base.practicesWithRules()).containsExactly("MLSEC04-BP02");
            List<Finding> findings = base.evaluate(training(false), p -> p.id().equals("MLSEC04-BP02"));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(Status.NOT_MET);
                assertThat(f.gaps()).containsExactly(new dev.mllens.finding.Gap("training.interNodeEncryption", "not encrypted"));
                assertThat(f.evidence()).extracting(Object::toString).containsExactly("training.interNodeEncryption = false");
            });
        }
    }

    @Test
    void aRuleNotApplicableReasonBelongsToItsPractice() {
        RuleBase base = rules(ENCRYPTED + """
                rule "MLSEC04-BP02 single node"
                when
                    Training( distributionStrategy == DistributionStrategy.DATA_PARALLEL )
                then
                    emit(drools, new NotApplicable("a reason of this practice"));
                end
                """);
        Finding f = base.evaluate(training(false), p -> p.id().equals("MLSEC04-BP02")).get(0);
        assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(f.reason()).isEqualTo("not applicable: a reason of this practice");
    }

    /** A shared rule as the build writes one (src/build/RuleMerger.java): two practices' rules, one condition. */
    private static String shared(String part1) {
        return """
                rule "shared 1 (2 rules)"
                    @index("0") @parts("2")
                    @rule_0("MLSEC04-BP02 inter-node traffic encrypted") @core_0("S1")
                    @rule_1("MLSEC04-BP01 encryption stated") @supporting_1("S1") @label_1("training encryption stated")
                when
                    $t : Training()
                then
                    if (Emit.part(drools, 0, 0)) {
                        emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)).gap("not encrypted"));
                    }
                    if (Emit.part(drools, 0, 1)) {
                """ + part1 + """
                    }
                end
                """;
    }

    @Test
    void eachPartOfASharedRuleConcludesForItsOwnPracticeAndCheck() {
        try (RuleBase base = rules(shared("emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)).gap(\"not stated\"));"))) {
            assertThat(base.practicesWithRules()).containsExactly("MLSEC04-BP01", "MLSEC04-BP02");
            assertThat(base.sourceRules()).containsExactly("MLSEC04-BP01 encryption stated", "MLSEC04-BP02 inter-node traffic encrypted");
            assertThat(base.compiledRules()).isEqualTo(1);
            List<Finding> findings = base.evaluate(training(false), p -> base.practicesWithRules().contains(p.id()));
            assertThat(findings).extracting(Finding::bestPracticeId).containsExactly("MLSEC04-BP01", "MLSEC04-BP02");
            assertThat(findings.get(0).gaps()).containsExactly(new dev.mllens.finding.Gap("training.interNodeEncryption", "not stated"));
            assertThat(findings.get(0).reason()).contains("1 absent");
            assertThat(findings.get(1).gaps()).containsExactly(new dev.mllens.finding.Gap("training.interNodeEncryption", "not encrypted"));
            assertThat(findings.get(1).status()).isEqualTo(Status.NOT_MET);
        }
    }

    @Test
    void aScopedAssessmentSkipsThePartsOfASharedRuleOutsideItsScope() {
        try (RuleBase base = rules(shared("throw new IllegalStateException(\"part 1 ran\");"))) {
            assertThat(base.evaluate(training(true), p -> p.id().equals("MLSEC04-BP02")))
                    .singleElement().extracting(Finding::status).isEqualTo(Status.MET);
            assertThatThrownBy(() -> base.evaluate(training(true))).hasStackTraceContaining("part 1 ran");
        }
    }

    @Test
    void aSharedRuleWhosePartsAreMalformedIsRejectedWhenTheRulesLoad() {
        String shared = shared("emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));");
        assertThatThrownBy(() -> rules(shared.replace("@rule_1(\"MLSEC04-BP01 encryption stated\") ", "")))
                .hasMessageContaining("shared rule 'shared 1 (2 rules)' does not name its part 1 (@rule_1)");
        assertThatThrownBy(() -> rules(shared.replace("@core_0", "@core_7")))
                .hasMessageContaining("shared rule 'shared 1 (2 rules)': metadata @core_7 names no part");
        assertThatThrownBy(() -> rules(shared.replace("@parts(\"2\")", "@parts(\"two\")")))
                .hasMessageContaining("@parts(\"two\") is not a number");
        assertThatThrownBy(() -> rules(shared.replace("@core_0(\"S1\")", "@core_0(\"S9\")")))
                .hasMessageContaining("rule 'MLSEC04-BP02 inter-node traffic encrypted' cites improvement step S9");
    }

    @Test
    void aCompiledRuleIsFoundByTheNumberItsConsequenceNames() {
        String shared = shared("emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));");
        assertThatThrownBy(() -> rules(shared.replace("@index(\"0\")", "@index(\"zero\")")))
                .hasMessageContaining("rule 'shared 1 (2 rules)': @index(\"zero\") is not a number");
        RuleBase misnumbered = rules(shared.replace("Emit.part(drools, 0, 0)", "Emit.part(drools, 3, 0)"));
        assertThatThrownBy(() -> misnumbered.evaluate(training(true)))
                .hasStackTraceContaining("rule 'shared 1 (2 rules)' names compiled rule 3, which this rule base does not hold");
        String second = shared.replace("shared 1 (2 rules)", "shared 2 (2 rules)")
                .replace("traffic encrypted\")", "traffic encrypted, again\")").replace("encryption stated\")", "encryption stated, again\")");
        assertThatThrownBy(() -> rules(shared + second)).hasMessageContaining("two rules are numbered 0");
    }

    @Test
    void aSharedRuleThatEmitsOutsideItsPartsIsAnError() {
        RuleBase base = rules(shared("emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));")
                .replace("    if (Emit.part(drools, 0, 0)) {\n", "    {\n"));
        assertThatThrownBy(() -> base.evaluate(training(true)))
                .hasStackTraceContaining("shared rule 'shared 1 (2 rules)' emits outside its parts");
    }

    @Test
    void aRuleThatInsertsACheckWithoutDeclaringItIsAnError() {
        RuleBase base = rules("""
                rule "MLSEC04-BP02 undeclared"
                when
                    $t : Training()
                then
                    emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));
                end
                """);
        assertThatThrownBy(() -> base.evaluate(training(true)))
                .hasStackTraceContaining("rule 'MLSEC04-BP02 undeclared' emits a check but declares neither");
    }

    @Test
    void aCheckWithoutAVerdictCannotBeEmitted() {
        // a reading is not a check: the rule does not compile, so the mistake cannot reach an evaluation
        assertThatThrownBy(() -> rules("""
                rule "MLSEC04-BP02 unfinished"
                    @core("S1")
                when
                    $t : Training()
                then
                    emit(drools, Check.fact(fact($t, Training_.interNodeEncryption)));
                end
                """)).hasMessageContaining("emit");
    }

    /**
     * Issue 9: a rule that fails (here by throwing an Error, as running out of memory does) spoils nothing:
     * its session is disposed of, not given back to the pool, and the next evaluation is judged afresh.
     */
    @Test
    void aSessionThatFailedIsNotPooledAndTheRulesStayUsable() {
        RuleBase base = rules(ENCRYPTED + """
                rule "MLSEC04-BP02 breaks on a single node"
                when
                    Training( distributionStrategy == DistributionStrategy.NONE )
                then
                    throw new OutOfMemoryError("simulated");
                end
                rule "MLSEC04-BP02 fails on model parallelism"
                when
                    Training( distributionStrategy == DistributionStrategy.MODEL_PARALLEL )
                then
                    throw new IllegalStateException("simulated fault");
                end
                """);
        Workload singleNode = Workload.builder("w").training(Training.builder().distributionStrategy(DistributionStrategy.NONE)
                .build()).build();
        Workload modelParallel = Workload.builder("w").training(Training.builder()
                .distributionStrategy(DistributionStrategy.MODEL_PARALLEL).build()).build();
        for (int i = 0; i < 3; i++) {
            assertThat(base.evaluate(training(true), p -> p.id().equals("MLSEC04-BP02")).get(0).status())
                    .as("the next evaluation is judged as if nothing had failed").isEqualTo(Status.MET);
            assertThat(base.idleSessions()).as("a session that succeeded is pooled").isEqualTo(1);
            assertThatThrownBy(() -> base.evaluate(singleNode)).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
            assertThat(base.idleSessions()).as("the pooled session failed on an Error: discarded").isZero();
            assertThat(base.openSessions()).as("and the rule base does not keep it").isZero();
            base.evaluate(training(true));
            assertThatThrownBy(() -> base.evaluate(modelParallel)).hasStackTraceContaining("simulated fault");
            assertThat(base.idleSessions()).as("the pooled session failed on an exception: discarded").isZero();
            assertThat(base.openSessions()).isZero();
        }
    }

    /** Issue 9: the pool keeps at most one idle session per core however many evaluations ran at once. */
    @Test
    void thePoolIsBounded() throws Exception {
        RuleBase base = rules(ENCRYPTED);
        int threads = RuleBase.POOLED_SESSIONS * 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(threads);
            List<java.util.concurrent.Future<Status>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    together.await();
                    return base.evaluate(training(true), p -> p.id().equals("MLSEC04-BP02")).get(0).status();
                }));
            }
            for (java.util.concurrent.Future<Status> run : runs) {
                assertThat(run.get()).isEqualTo(Status.MET);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(base.idleSessions()).isBetween(1, RuleBase.POOLED_SESSIONS);
        assertThat(base.openSessions()).as("the sessions beyond the pool's room were disposed of").isEqualTo(base.idleSessions());
    }

    @Test
    void checksOfOneLabelThatDisagreeOnTheirStepAreRejectedWhenTheRulesLoad() {
        assertThatThrownBy(() -> rules(ENCRYPTED + """
                rule "MLSEC04-BP02 asks"
                    @core("S2") @label("inter-node traffic encrypted")
                when
                    $t : Training()
                then
                    emit(drools, Check.fact(fact($t, Training_.distributionStrategy)).unknown());
                end
                """)).hasMessageContaining("give the label 'inter-node traffic encrypted' different kinds or steps");
    }

    @Test
    void aPracticeThatReachesNoConclusionIsAnEngineErrorOfItsOwnAndTheOthersStand() {
        // MLSEC04-BP01 declares no applicability, and its one rule inserts nothing for distributed training
        try (RuleBase base = rules(ENCRYPTED + """
                rule "MLSEC04-BP01 only for single-node training"
                    @core("S1")
                when
                    $t : Training( distributionStrategy == DistributionStrategy.NONE )
                then
                    emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));
                end
                """)) {
            RuleBase.Evaluation e = base.assess(training(false), p -> p.id().startsWith("MLSEC04-"));
            assertThat(e.findings()).extracting(Finding::bestPracticeId)
                    .containsExactly("MLSEC04-BP01", "MLSEC04-BP02", "MLSEC04-BP03");
            assertThat(e.findings().get(1).status()).as("the other practice stands").isEqualTo(Status.NOT_MET);
            assertThat(e.errors()).singleElement().satisfies(err -> {
                assertThat(err.bestPracticeId()).isEqualTo("MLSEC04-BP01");
                assertThat(err.message()).contains("rules of MLSEC04-BP01 reached no conclusion");
            });
            Finding failed = e.findings().get(0);
            assertThat(failed.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
            assertThat(failed.reason()).startsWith("engine error: rules of MLSEC04-BP01 reached no conclusion");
            assertThat(failed.missing()).as("no fact of the workload would help").isEmpty();
            assertThatThrownBy(() -> base.evaluate(training(false))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the engine could not conclude [MLSEC04-BP01: rules of MLSEC04-BP01");
        }
    }

    @Test
    void aRuleMustStartWithItsPracticeId() {
        assertThatThrownBy(() -> rules("""
                rule "keys rotated"
                    @core("S1")
                when
                    $t : Training()
                then
                    emit(drools, Check.requires(fact($t, Training_.interNodeEncryption)));
                end
                """)).hasMessageContaining("rule 'keys rotated' does not start with the id of its practice");
    }
}
