package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.rules.internal.Check;
import dev.mllens.rules.internal.DerivedFacts;
import dev.mllens.workload.Workload;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Guards against checks that cannot fail (or cannot pass): over random workloads, every label of every
 * practice is seen both passing and failing. A label joins the list below only when random facts cannot
 * produce the deciding value, with the reason; the list must stay exact.
 */
class CheckLabelsReachTest {

    private static final int WORKLOADS = 3000;

    /** Labels whose deciding value random facts do not produce, and why. */
    private static final Map<String, String> UNREACHED_BY_RANDOM_FACTS = Map.of(
            "MLCOST04-BP13 | data stored where compute runs",
            "passes only when a dataset's region string equals a compute region string",
            "MLOPS01-BP01 | named owner per model", "fails only for a blank owner name",
            "MLOPS02-BP01 | named owner per model", "fails only for a blank owner name",
            "MLCOST05-BP01 | models share endpoints",
            "fails only for two single-model real-time endpoints on one hardware family whose utilizations add up to 80 %"
                    + " or less: about one random workload in 100,000 (MLCOST05_BP01Test has the case)");

    @Test
    void everyCheckLabelCanPassAndFail() {
        Map<String, EnumSet<Check.Outcome>> seen = new TreeMap<>();
        RuleBase rules = RuleBase.load();
        for (long seed = 0; seed < WORKLOADS; seed++) {
            Workload w = RandomWorkloads.generate(seed);
            RuleBase.Collector collected = rules.run(RuleBase.workingMemory(w, DerivedFacts.of(w)));
            collected.allChecks().forEach(c ->
                    seen.computeIfAbsent(c.spec().practice().id() + " | " + c.spec().label(),
                            k -> EnumSet.noneOf(Check.Outcome.class)).add(c.check().outcome()));
        }
        Set<String> oneSided = new TreeSet<>();
        seen.forEach((label, outcomes) -> {
            if (!outcomes.contains(Check.Outcome.PASS) || !outcomes.contains(Check.Outcome.FAIL)) {
                oneSided.add(label);
            }
        });
        assertThat(seen).as("labels seen").hasSizeGreaterThan(400);
        assertThat(oneSided).as("labels never seen passing or never seen failing")
                .containsExactlyInAnyOrderElementsOf(UNREACHED_BY_RANDOM_FACTS.keySet());
    }
}
