package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link CheckOrder} walks the sort key of a check instead of building it: it must order any two checks
 * exactly as comparing the built keys ({@link Judged#sortKey()}) does. The generated texts are short and
 * drawn from the characters that make the key's own punctuation ({@code [}, {@code ]}, {@code ,},
 * {@code =}, space), so that prefixes, a fact that ends where another's separator begins, and values
 * that look like separators all occur (QuickTheories; shrinks to the smallest pair that disagrees).
 */
class CheckOrderProperties {

    private static final BestPractice P = Lens.catalog().require("MLSEC04-BP02");
    private static final CheckSpec SPEC = new CheckSpec(P, "encrypted", true, List.of(P.step("S1").orElseThrow()), P.id() + " x");

    /** Texts of zero to four characters of "ab.[], =". */
    private static Gen<String> text() {
        return lists().of(integers().between(0, 7)).ofSizeBetween(0, 4).map(codes -> {
            StringBuilder b = new StringBuilder();
            codes.forEach(c -> b.append("ab.[], =".charAt(c)));
            return b.toString();
        });
    }

    /** A fact's value: not stated, a yes/no, a number, a text or a list of texts. */
    private static Gen<Object> value() {
        return integers().between(0, 4).zip(text(), integers().between(-3, 12), (kind, t, n) -> switch (kind) {
            case 0 -> null;
            case 1 -> n % 2 == 0;
            case 2 -> n;
            case 3 -> t;
            default -> List.of(t, String.valueOf(n));
        });
    }

    /** A check over one to three facts with a verdict and, or not, a gap sentence. */
    private static Gen<Judged> check() {
        Gen<FactValue<Object>> fact = text().zip(value(), (path, v) -> new FactValue<>("f" + path, v));
        return lists().of(fact).ofSizeBetween(1, 3).zip(integers().between(0, 2), Generate.pick(List.of("", "g", "gap ]")),
                (facts, verdict, gap) -> {
                    Check.Reading r = Check.reading();
                    facts.forEach(r::fact);
                    Check c = r.verdict(verdict == 0 ? null : verdict == 1);
                    return Judged.of(SPEC, gap.isEmpty() ? c : c.gap(gap));
                });
    }

    @Test
    void walkingTheKeysOrdersChecksAsComparingTheBuiltKeysDoes() {
        qt().withExamples(5_000).forAll(check(), check()).checkAssert((a, b) ->
                assertThat(Integer.signum(CheckOrder.compareKeys(a.check(), b.check())))
                        .as("%s vs %s", a.sortKey(), b.sortKey())
                        .isEqualTo(Integer.signum(a.sortKey().compareTo(b.sortKey()))));
    }

    @Test
    void aCheckIsEqualToItselfAndTheOrderIsAntisymmetric() {
        qt().withExamples(2_000).forAll(check(), check()).checkAssert((a, b) -> {
            assertThat(CheckOrder.compareKeys(a.check(), a.check())).isZero();
            assertThat(Integer.signum(CheckOrder.compareKeys(a.check(), b.check())))
                    .isEqualTo(-Integer.signum(CheckOrder.compareKeys(b.check(), a.check())));
        });
    }

    @Test
    void checksOfOneLabelSortAsTheirBuiltKeysDo() {
        qt().withExamples(500).forAll(lists().of(check()).ofSizeBetween(2, 8)).checkAssert(checks -> {
            List<Judged> walked = new ArrayList<>(checks);
            walked.sort(CheckOrder.INSTANCE);
            List<Judged> built = new ArrayList<>(checks);
            built.sort((x, y) -> x.sortKey().compareTo(y.sortKey()));
            assertThat(walked).extracting(Judged::sortKey).containsExactlyElementsOf(built.stream().map(Judged::sortKey).toList());
        });
    }
}
