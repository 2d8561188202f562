package dev.mllens.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.finding.Risk;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The condition grammar of the tool's risk rules, and how a not-applicable choice counts in it. */
class RiskRuleTest {

    private static boolean holds(String condition, Set<String> selected, Set<String> notApplicable) {
        return RiskRule.of(condition, Risk.NONE).holds(selected, notApplicable);
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanBoth() {
        // A || B && C is A || (B && C): true with only A selected
        assertThat(holds("A || B && C", Set.of("A"), Set.of())).isTrue();
        assertThat(holds("(A || B) && C", Set.of("A"), Set.of())).isFalse();
        // !A && B is (!A) && B
        assertThat(holds("!A && B", Set.of("B"), Set.of())).isTrue();
        assertThat(holds("!(A && B)", Set.of("A"), Set.of())).isTrue();
        assertThat(holds("!!A", Set.of("A"), Set.of())).isTrue();
    }

    @Test
    void aNotApplicableChoiceSatisfiesAndButNotOr() {
        assertThat(holds("A && B", Set.of("A"), Set.of("B"))).isTrue();
        assertThat(holds("A && B", Set.of(), Set.of("B"))).isFalse();
        assertThat(holds("A || B", Set.of(), Set.of("B"))).isFalse();
        assertThat(holds("A || B", Set.of("A"), Set.of("B"))).isTrue();
        // its negation is neutral too: (!A) || (!B) with B not applicable is !A
        assertThat(holds("(!A) || (!B)", Set.of("A"), Set.of("B"))).isFalse();
        assertThat(holds("(!A) || (!B)", Set.of(), Set.of("B"))).isTrue();
    }

    @Test
    void aConditionWhoseChoicesAreAllNotApplicableHolds() {
        assertThat(holds("A && B", Set.of(), Set.of("A", "B"))).isTrue();
        assertThat(holds("A || B", Set.of(), Set.of("A", "B"))).isTrue();
        assertThat(holds("!A", Set.of(), Set.of("A"))).isTrue();
    }

    @Test
    void defaultAlwaysHoldsAndNamesNoChoice() {
        RiskRule d = RiskRule.ofTool("MEDIUM_RISK", "default");
        assertThat(d.isDefault()).isTrue();
        assertThat(d.holds(Set.of(), Set.of())).isTrue();
        assertThat(d.choiceIds()).isEmpty();
        assertThat(d.risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void toolRiskNamesMapBothWays() {
        for (String name : new String[] {"NO_RISK", "MEDIUM_RISK", "HIGH_RISK"}) {
            assertThat(RiskRule.ofTool(name, "A").toolRisk()).isEqualTo(name);
        }
        assertThat(RiskRule.ofTool("NO_RISK", "A").risk()).isEqualTo(Risk.NONE);
        assertThat(RiskRule.ofTool("HIGH_RISK", "(!A) || (!B)").choiceIds()).containsExactly("A", "B");
        assertThatThrownBy(() -> RiskRule.ofTool("LOW_RISK", "A")).hasMessageContaining("LOW_RISK");
        assertThatThrownBy(() -> RiskRule.of("A", Risk.UNANSWERED)).hasMessageContaining("HIGH, MEDIUM or NONE");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "A &&           => position 5: expected a choice id, '!' or '(' but the condition ends",
        "(A || B        => position 8: expected ')'",
        "A B            => position 3: unexpected 'B'",
        "A & B          => position 3: unexpected '&'",
        "A && default   => position 6: 'default' must be the whole condition",
        "A || -B        => position 6: expected a choice id, '!' or '(' but found '-'",
    })
    void malformedConditionsNameThePosition(String condition, String problem) {
        assertThatThrownBy(() -> RiskRule.of(condition, Risk.HIGH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition '" + condition.strip() + "' at " + problem);
    }
}
