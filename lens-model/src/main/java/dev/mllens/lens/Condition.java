package dev.mllens.lens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed risk-rule condition in the AWS Well-Architected Tool's grammar: choice ids joined by
 * {@code !}, {@code &&} and {@code ||} with parentheses ({@code !} binds tightest, then {@code &&}), or the
 * single word {@code default}.
 *
 * <p>Evaluation is three-valued so that a choice marked not applicable is neutral, as the tool treats it:
 * it is dropped from the {@code &&} or {@code ||} around it (so it satisfies a conjunction and does not
 * satisfy a disjunction), and a part made only of such choices is neutral in turn.
 */
sealed interface Condition {

    /** The value of a condition or of one of its parts. */
    enum Truth { TRUE, FALSE, NEUTRAL }

    Truth eval(Set<String> selected, Set<String> notApplicable);

    void collectChoiceIds(Set<String> into);

    /** One choice: true when selected, neutral when not applicable, false otherwise. */
    record Choice(String id) implements Condition {
        @Override
        public Truth eval(Set<String> selected, Set<String> notApplicable) {
            return notApplicable.contains(id) ? Truth.NEUTRAL : selected.contains(id) ? Truth.TRUE : Truth.FALSE;
        }

        @Override
        public void collectChoiceIds(Set<String> into) {
            into.add(id);
        }
    }

    /** {@code !c}; the negation of a neutral part stays neutral. */
    record Not(Condition operand) implements Condition {
        @Override
        public Truth eval(Set<String> selected, Set<String> notApplicable) {
            return switch (operand.eval(selected, notApplicable)) {
                case TRUE -> Truth.FALSE;
                case FALSE -> Truth.TRUE;
                case NEUTRAL -> Truth.NEUTRAL;
            };
        }

        @Override
        public void collectChoiceIds(Set<String> into) {
            operand.collectChoiceIds(into);
        }
    }

    /** {@code a && b && ...}, or {@code a || b || ...} when {@code any}; neutral parts are left out. */
    record Junction(boolean any, List<Condition> parts) implements Condition {
        @Override
        public Truth eval(Set<String> selected, Set<String> notApplicable) {
            boolean decided = false;
            for (Condition part : parts) {
                Truth t = part.eval(selected, notApplicable);
                if (t == Truth.NEUTRAL) {
                    continue;
                }
                decided = true;
                if ((t == Truth.TRUE) == any) {
                    return t;
                }
            }
            return decided ? (any ? Truth.FALSE : Truth.TRUE) : Truth.NEUTRAL;
        }

        @Override
        public void collectChoiceIds(Set<String> into) {
            parts.forEach(p -> p.collectChoiceIds(into));
        }
    }

    /** The word {@code default}: always true. */
    record Default() implements Condition {
        @Override
        public Truth eval(Set<String> selected, Set<String> notApplicable) {
            return Truth.TRUE;
        }

        @Override
        public void collectChoiceIds(Set<String> into) {
        }
    }

    /** Parses a condition; a malformed one is an {@link IllegalArgumentException} naming the position. */
    static Condition parse(String text) {
        if (text.strip().equals("default")) {
            return new Default();
        }
        Parser p = new Parser(text);
        Condition c = p.disjunction();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return c;
    }

    /** Recursive descent over the text; positions in errors are 1-based. */
    final class Parser {
        private final String text;
        private int pos;

        private Parser(String text) {
            this.text = text;
        }

        Condition disjunction() {
            List<Condition> parts = new ArrayList<>(List.of(conjunction()));
            while (accept("||")) {
                parts.add(conjunction());
            }
            return parts.size() == 1 ? parts.get(0) : new Junction(true, List.copyOf(parts));
        }

        private Condition conjunction() {
            List<Condition> parts = new ArrayList<>(List.of(unary()));
            while (accept("&&")) {
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.get(0) : new Junction(false, List.copyOf(parts));
        }

        private Condition unary() {
            if (accept("!")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Condition inner = disjunction();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return inner;
            }
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error(pos < text.length() ? "expected a choice id, '!' or '(' but found '" + text.charAt(pos) + "'"
                        : "expected a choice id, '!' or '(' but the condition ends");
            }
            String id = text.substring(start, pos);
            if (id.equals("default")) {
                pos = start;
                throw error("'default' must be the whole condition");
            }
            return new Choice(id);
        }

        private boolean accept(String token) {
            skipSpace();
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("condition '" + text + "' at position " + (pos + 1) + ": " + problem);
        }
    }
}
