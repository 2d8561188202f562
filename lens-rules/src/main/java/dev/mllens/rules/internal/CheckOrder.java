package dev.mllens.rules.internal;

import dev.mllens.finding.Evidence;
import java.util.Comparator;

/**
 * Orders the checks of one label: by the step that fixes them, then by the text of their evidence,
 * outcome and gap ({@link Judged#sortKey()}, which two checks reading the same fact for different subjects
 * need). The text is compared character by character as it is walked, never built: building it was a
 * twelfth of what an assessment allocated, and two keys almost always differ within the first fact's
 * path, where an entity's id stands.
 */
final class CheckOrder implements Comparator<Judged> {

    static final CheckOrder INSTANCE = new CheckOrder();

    private CheckOrder() {
    }

    @Override
    public int compare(Judged a, Judged b) {
        int byStep = Integer.compare(a.position(), b.position());
        return byStep != 0 ? byStep : compareKeys(a.check(), b.check());
    }

    /** The sign of {@code a}'s sort key compared with {@code b}'s, as {@link String#compareTo} gives it. */
    static int compareKeys(Check a, Check b) {
        KeyText x = new KeyText(a);
        KeyText y = new KeyText(b);
        while (true) {
            int cx = x.next();
            int cy = y.next();
            if (cx != cy) {
                // a key that ends first is a prefix of the other, and sorts first
                return cx < 0 ? -1 : cy < 0 ? 1 : cx - cy;
            }
            if (cx < 0) {
                return 0;
            }
        }
    }

    /**
     * The characters of {@code check.evidence() + " " + check.outcome() + " " + check.gap()}, one by one:
     * the evidence list as {@link java.util.AbstractCollection#toString} writes it ({@code [a = 1, b = 2]}),
     * each item as {@link Evidence#toString} does.
     */
    private static final class KeyText {
        private final Check check;
        /** The piece being walked, its number, and the place in it. */
        private CharSequence piece = "[";
        private int number;
        private int at;

        KeyText(Check check) {
            this.check = check;
        }

        /** The next character, or -1 at the end. */
        int next() {
            while (at >= piece.length()) {
                piece = piece(++number);
                if (piece == null) {
                    return -1;
                }
                at = 0;
            }
            return piece.charAt(at++);
        }

        /**
         * Piece {@code k}: 0 is "[", then four per item of evidence (the separator, the fact, " = ", the
         * value's text), then "]", " ", the outcome, " ", the gap; null after the last.
         */
        private CharSequence piece(int k) {
            int items = check.evidenceCount();
            if (k <= 4 * items) {
                int item = (k - 1) / 4;
                return switch ((k - 1) % 4) {
                    case 0 -> item == 0 ? "" : ", ";
                    case 1 -> check.evidence(item).fact();
                    case 2 -> " = ";
                    default -> check.evidence(item).text();
                };
            }
            return switch (k - 4 * items) {
                case 1 -> "]";
                case 2, 4 -> " ";
                case 3 -> check.outcome().toString();
                case 5 -> String.valueOf(check.gap());
                default -> null;
            };
        }
    }
}
