package dev.mllens.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Risk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Question risk against an enumeration of answers. The expected risk comes from an oracle that reads the
 * official rules' shape with regular expressions and decides with set logic, independently of the
 * condition parser.
 */
class QuestionRiskTest {

    private static final Lens LENS = Lens.catalog();
    private static final Pattern ID = Pattern.compile("ML[A-Z]+\\d\\d_BP\\d\\d");

    /** The official rules are all of one shape: NONE when all (or any) of some choices, else the second rule's risk. */
    private record Shape(boolean any, Set<String> named, Risk otherwise) {

        static Shape of(Question q) {
            String first = q.riskRules().get(0).condition();
            String second = q.riskRules().get(1).condition();
            boolean any = first.contains("||");
            assertThat(first.contains("&&") && any).as(q.id() + " mixes && and ||").isFalse();
            Set<String> named = ID.matcher(first).results().map(m -> m.group()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> negated = Pattern.compile("!(" + ID.pattern() + ")").matcher(second).results()
                    .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
            assertThat(negated).as(q.id() + " second rule negates the first rule's choices").isEqualTo(named);
            assertThat(q.riskRules().get(0).risk()).isEqualTo(Risk.NONE);
            return new Shape(any, named, q.riskRules().get(1).risk());
        }

        Risk expected(Question q, Set<String> selected, Set<String> notApplicable) {
            if (notApplicable.containsAll(q.choiceIds())) {
                return Risk.NOT_APPLICABLE;
            }
            if (selected.isEmpty() && notApplicable.isEmpty()) {
                return Risk.UNANSWERED;
            }
            Set<String> relevant = new HashSet<>(named);
            relevant.removeAll(notApplicable);
            if (relevant.isEmpty()) {
                return Risk.NONE;
            }
            boolean met = any ? relevant.stream().anyMatch(selected::contains) : selected.containsAll(relevant);
            return met ? Risk.NONE : otherwise;
        }
    }

    /** Every assignment of the question's choices to selected / unselected / not applicable (3^n; MLCOST04 in part). */
    private static List<Set<String>[]> assignments(Question q, Shape shape) {
        List<String> named = q.choiceIds().stream().filter(shape.named()::contains).toList();
        List<String> others = q.choiceIds().stream().filter(c -> !shape.named().contains(c)).toList();
        List<Set<String>[]> out = new ArrayList<>();
        if (q.choiceIds().size() <= 8) {
            enumerate(q.choiceIds(), out);
            return out;
        }
        // too many for 3^n: every state of the named choices, the others uniformly in one state, or one of them moved
        List<Set<String>[]> namedStates = new ArrayList<>();
        enumerate(named, namedStates);
        List<Set<String>[]> otherStates = new ArrayList<>();
        for (int state = 0; state < 3; state++) {
            otherStates.add(uniform(others, state));
            for (String one : others) {
                @SuppressWarnings("unchecked")
                Set<String>[] s = new Set[] {new HashSet<String>(), new HashSet<String>()};
                if (state < 2) {
                    s[state].add(one);
                }
                otherStates.add(s);
            }
        }
        for (Set<String>[] n : namedStates) {
            for (Set<String>[] o : otherStates) {
                @SuppressWarnings("unchecked")
                Set<String>[] both = new Set[] {new HashSet<>(n[0]), new HashSet<>(n[1])};
                both[0].addAll(o[0]);
                both[1].addAll(o[1]);
                out.add(both);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] uniform(List<String> choices, int state) {
        Set<String>[] s = new Set[] {new HashSet<String>(), new HashSet<String>()};
        if (state < 2) {
            s[state].addAll(choices);
        }
        return s;
    }

    /** Index 0 holds the selected choices, index 1 the not-applicable ones. */
    @SuppressWarnings("unchecked")
    private static void enumerate(List<String> choices, List<Set<String>[]> out) {
        int n = choices.size();
        int total = (int) Math.pow(3, n);
        for (int code = 0; code < total; code++) {
            Set<String>[] s = new Set[] {new HashSet<String>(), new HashSet<String>()};
            int c = code;
            for (String choice : choices) {
                int state = c % 3;
                c /= 3;
                if (state < 2) {
                    s[state].add(choice);
                }
            }
            out.add(s);
        }
    }

    @Test
    void everyQuestionAgreesWithTheOracleOverItsAnswers() {
        int checked = 0;
        for (Question q : LENS.questions()) {
            Shape shape = Shape.of(q);
            for (Set<String>[] a : assignments(q, shape)) {
                assertThat(q.risk(a[0], a[1])).as(q.id() + " selected " + a[0] + " n/a " + a[1])
                        .isEqualTo(shape.expected(q, a[0], a[1]));
                checked++;
                Set<String> withNone = new HashSet<>(a[0]);
                withNone.add(q.noneChoiceId());
                assertThat(q.risk(withNone, a[1])).as(q.id() + " with none of these, n/a " + a[1])
                        .isEqualTo(shape.expected(q, withNone, a[1]));
            }
        }
        assertThat(checked).as("answers checked").isGreaterThan(4_000);
    }

    @Test
    void knownFactsOfTheOfficialRules() {
        List<String> noneOrHigh = new ArrayList<>();
        List<String> noneOrMedium = new ArrayList<>();
        for (Question q : LENS.questions()) {
            Set<Risk> reachable = EnumSet.noneOf(Risk.class);
            List<Set<String>[]> selections = new ArrayList<>();
            for (Set<String>[] a : assignments(q, Shape.of(q))) {
                if (a[1].isEmpty()) {
                    selections.add(a);
                }
            }
            for (Set<String>[] a : selections) {
                Set<String> selected = a[0].isEmpty() ? Set.of(q.noneChoiceId()) : a[0];
                reachable.add(q.risk(selected, Set.of()));
            }
            if (reachable.equals(EnumSet.of(Risk.NONE, Risk.HIGH))) {
                noneOrHigh.add(q.id());
            } else if (reachable.equals(EnumSet.of(Risk.NONE, Risk.MEDIUM))) {
                noneOrMedium.add(q.id());
            }
        }
        assertThat(noneOrHigh).hasSize(32);
        assertThat(noneOrMedium).containsExactly("MLPERF03", "MLPERF05", "MLCOST03");

        Set<String> named = new TreeSet<>();
        LENS.questions().forEach(q -> q.riskRules().forEach(r -> named.addAll(r.choiceIds())));
        List<String> inNoRule = LENS.practices().stream().map(BestPractice::waChoiceId).filter(c -> !named.contains(c)).toList();
        assertThat(inNoRule).hasSize(38).contains("MLOPS02_BP02", "MLOPS04_BP02", "MLCOST04_BP01", "MLSUS05_BP04");
    }

    @Test
    void unansweredAndNotApplicableComeBeforeTheRules() {
        Question q = LENS.question("MLSEC04").orElseThrow();
        assertThat(q.risk(Set.of(), Set.of())).isEqualTo(Risk.UNANSWERED);
        assertThat(q.risk(Set.of(), Set.of("MLSEC04_BP01", "MLSEC04_BP02", "MLSEC04_BP03"))).isEqualTo(Risk.NOT_APPLICABLE);
        assertThat(q.risk(Set.of("MLSEC04_no"), Set.of())).isEqualTo(Risk.HIGH);
        // a practice outside the rules marked not applicable answers the question: the rules then decide
        assertThat(q.risk(Set.of(), Set.of("MLSEC04_BP03"))).isEqualTo(Risk.HIGH);
        // the rule's choices not applicable, the other one not: nothing the rule asks for applies
        assertThat(q.risk(Set.of(), Set.of("MLSEC04_BP01", "MLSEC04_BP02"))).isEqualTo(Risk.NONE);
        assertThat(q.risk(Set.of("MLSEC04_BP01"), Set.of("MLSEC04_BP02"))).isEqualTo(Risk.NONE);
        assertThat(q.risk(Set.of("MLSEC04_BP03"), Set.of("MLSEC04_BP02"))).isEqualTo(Risk.HIGH);
    }

    @Test
    void answersThatTheToolWouldRejectAreRejected() {
        Question q = LENS.question("MLSEC04").orElseThrow();
        assertThatThrownBy(() -> q.risk(Set.of("MLSEC03_BP01"), Set.of()))
                .hasMessage("'MLSEC03_BP01' is not a choice of question MLSEC04");
        assertThatThrownBy(() -> q.risk(Set.of("MLSEC04_BP01"), Set.of("MLSEC04_BP01")))
                .hasMessage("choice MLSEC04_BP01 is both selected and not applicable");
        assertThatThrownBy(() -> q.risk(Set.of(), Set.of("MLSEC04_no")))
                .hasMessage("choice MLSEC04_no (none of these) cannot be not applicable");
    }

    @Test
    void aQuestionsRulesMayNameOnlyItsChoicesAndMustEndWithDefault() {
        List<RiskRule> foreign = List.of(RiskRule.of("MLSEC03_BP01", Risk.NONE), RiskRule.of("default", Risk.HIGH));
        assertThatThrownBy(() -> new Question("MLSEC04", Pillar.SECURITY, Phase.MODEL_DEVELOPMENT, List.of("MLSEC04-BP01"),
                "t", "d", foreign)).hasMessageContaining("names 'MLSEC03_BP01', which is not a choice of the question");
        assertThatThrownBy(() -> new Question("MLSEC04", Pillar.SECURITY, Phase.MODEL_DEVELOPMENT, List.of("MLSEC04-BP01"),
                "t", "d", List.of(RiskRule.of("MLSEC04_BP01", Risk.NONE)))).hasMessageContaining("must end with 'default'");
    }
}
