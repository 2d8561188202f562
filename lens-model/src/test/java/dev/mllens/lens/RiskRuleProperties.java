package dev.mllens.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mllens.finding.Risk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random conditions, written out as text with random spacing and parentheses, parse to what they say:
 * {@link RiskRule#holds} agrees with a reference evaluation of the generated tree for random answers.
 * The seed is the generated value, so a failure names the seed that reproduces it.
 */
class RiskRuleProperties {

    private static final List<String> CHOICES = List.of("Q_BP01", "Q_BP02", "Q_BP03", "Q_BP04");

    /** A generated condition; {@link #value} is the reference: empty means neutral (only not-applicable choices). */
    private sealed interface Node {
        Optional<Boolean> value(Set<String> selected, Set<String> notApplicable);

        String text(Random r);
    }

    private record Leaf(String id) implements Node {
        public Optional<Boolean> value(Set<String> selected, Set<String> notApplicable) {
            return notApplicable.contains(id) ? Optional.empty() : Optional.of(selected.contains(id));
        }

        public String text(Random r) {
            return id;
        }
    }

    private record Negation(Node operand) implements Node {
        public Optional<Boolean> value(Set<String> selected, Set<String> notApplicable) {
            return operand.value(selected, notApplicable).map(b -> !b);
        }

        public String text(Random r) {
            return "!" + wrapped(operand, r, true);
        }
    }

    private record Op(boolean or, Node left, Node right) implements Node {
        public Optional<Boolean> value(Set<String> selected, Set<String> notApplicable) {
            Optional<Boolean> a = left.value(selected, notApplicable);
            Optional<Boolean> b = right.value(selected, notApplicable);
            if (a.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return a;
            }
            return Optional.of(or ? a.get() || b.get() : a.get() && b.get());
        }

        public String text(Random r) {
            String space = r.nextBoolean() ? " " : "";
            return wrapped(left, r, false) + space + (or ? "||" : "&&") + space + wrapped(right, r, false);
        }
    }

    /** Parenthesises every compound operand (always needed under '!', kept for clarity elsewhere), sometimes twice. */
    private static String wrapped(Node n, Random r, boolean underNot) {
        String t = n.text(r);
        boolean compound = n instanceof Op;
        if (compound || (!underNot && r.nextInt(4) == 0)) {
            t = "(" + t + ")";
        }
        return t;
    }

    private static Node generate(Random r, int depth) {
        int kind = depth == 0 ? 0 : r.nextInt(4);
        return switch (kind) {
            case 0 -> new Leaf(CHOICES.get(r.nextInt(CHOICES.size())));
            case 1 -> new Negation(generate(r, depth - 1));
            default -> new Op(kind == 3, generate(r, depth - 1), generate(r, depth - 1));
        };
    }

    @Test
    void parsedConditionsAgreeWithTheTreeTheyWereWrittenFrom() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Node tree = generate(r, 1 + r.nextInt(4));
            RiskRule rule = RiskRule.of(tree.text(r), Risk.HIGH);
            for (int i = 0; i < 20; i++) {
                Set<String> selected = new HashSet<>();
                Set<String> notApplicable = new HashSet<>();
                for (String c : CHOICES) {
                    switch (r.nextInt(3)) {
                        case 0 -> selected.add(c);
                        case 1 -> notApplicable.add(c);
                        default -> { }
                    }
                }
                boolean expected = tree.value(selected, notApplicable).orElse(true);
                assertThat(rule.holds(selected, notApplicable))
                        .as("seed %d: '%s' selected %s n/a %s", seed, rule.condition(), selected, notApplicable)
                        .isEqualTo(expected);
            }
            List<String> named = new ArrayList<>(rule.choiceIds());
            assertThat(CHOICES).containsAll(named);
        });
    }
}
