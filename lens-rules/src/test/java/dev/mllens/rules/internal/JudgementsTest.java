package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JudgementsTest {

    @Test
    void requiredIfPassesWhenMetOrNotRequired() {
        assertThat(Judgements.requiredIf(true, null)).isTrue();
        assertThat(Judgements.requiredIf(null, false)).as("a requirement that does not apply").isTrue();
        assertThat(Judgements.requiredIf(false, false)).isTrue();
    }

    @Test
    void requiredIfFailsOnlyWhenRequiredAndUnknownOtherwise() {
        assertThat(Judgements.requiredIf(false, true)).isFalse();
        assertThat(Judgements.requiredIf(false, null)).isNull();
        assertThat(Judgements.requiredIf(null, true)).isNull();
        assertThat(Judgements.requiredIf(null, null)).isNull();
    }
}
