package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A check is completed in place while a rule builds it (adding a sentence does not copy it), and is a value
 * once the engine has collected it: what was collected never changes afterwards.
 */
class CheckTest {

    private static final BestPractice P = Lens.catalog().require("MLSEC04-BP02");
    private static final CheckSpec SPEC = CheckSpec.of(P, "MLSEC04-BP02 x", Map.of("core", "S1 S2"));

    private static Check failing() {
        return Check.requires(new FactValue<>("training.interNodeEncryption", false));
    }

    @Test
    void sentencesAndTheStepCompleteTheCheckBeingBuilt() {
        Check c = failing();
        assertThat(c.gap("traffic unencrypted")).isSameAs(c);
        assertThat(c.ask("State it.")).isSameAs(c);
        assertThat(c.fixedBy("S2")).isSameAs(c);
        assertThat(c.gap()).isEqualTo("traffic unencrypted");
        assertThat(c.question()).isEqualTo("State it.");
        assertThat(c.fixedBy()).isEqualTo("S2");
        assertThat(c.about()).isEqualTo("training.interNodeEncryption");
        FactValue<Boolean> other = new FactValue<>("training.distributed", true);
        Check d = failing();
        assertThat(d.gap(other, "named elsewhere")).isSameAs(d);
        assertThat(d.about()).isEqualTo("training.distributed");
    }

    @Test
    void aPartSetAlreadyIsReplacedOnACopySoThatNeitherHolderSeesItChange() {
        Check c = failing().gap("first");
        Check second = c.gap("second");
        assertThat(second).isNotSameAs(c);
        assertThat(c.gap()).isEqualTo("first");
        assertThat(second.gap()).isEqualTo("second");
        assertThat(second.evidence()).isEqualTo(c.evidence());
        assertThat(second.outcome()).isEqualTo(c.outcome());
    }

    @Test
    void aCollectedCheckNeverChanges() {
        Check c = failing();
        Judged collected = Judged.of(SPEC, c.fixedBy("S1"));
        Check gapped = c.gap("added after");
        Check asked = c.ask("asked after");
        Check refixed = c.fixedBy("S2");
        assertThat(gapped).isNotSameAs(c);
        assertThat(asked).isNotSameAs(c);
        assertThat(refixed).isNotSameAs(c);
        assertThat(collected.check().gap()).isNull();
        assertThat(collected.check().question()).isNull();
        assertThat(collected.check().fixedBy()).isEqualTo("S1");
        assertThat(collected.position()).isEqualTo(P.steps().indexOf(P.step("S1").orElseThrow()));
        assertThat(gapped.gap()).isEqualTo("added after");
        assertThat(refixed.fixedBy()).isEqualTo("S2");
    }

    @Test
    void aSentenceMadeFromTheFactsIsMadeOnceAndOnlyWhenRead() {
        AtomicInteger made = new AtomicInteger();
        Check c = failing().gap(() -> "made " + made.incrementAndGet()).ask(() -> "asked " + made.incrementAndGet());
        assertThat(made).hasValue(0);
        assertThat(c.gap()).isEqualTo("made 1");
        assertThat(c.gap()).isEqualTo("made 1");
        assertThat(c.question()).isEqualTo("asked 2");
        FactValue<Boolean> other = new FactValue<>("training.distributed", true);
        Check d = failing().gap(other, () -> "about another fact");
        assertThat(d.about()).isEqualTo("training.distributed");
        assertThat(d.gap()).isEqualTo("about another fact");
    }

    @Test
    void aPassingCheckNeverMakesItsSentences() {
        Check passing = Check.requires(new FactValue<>("training.interNodeEncryption", true))
                .gap(() -> { throw new AssertionError("a passing check's gap was made"); })
                .ask(() -> { throw new AssertionError("a judged check's question was made"); });
        CheckSpec spec = CheckSpec.of(P, "MLSEC04-BP02 encrypted", Map.of("core", "S1"));
        Finding f = Conclusions.conclude(P, List.of(Judged.of(spec, passing)), List.of(), List.<dev.mllens.finding.Missing>of());
        assertThat(f.status()).isEqualTo(Status.MET);
    }
}
