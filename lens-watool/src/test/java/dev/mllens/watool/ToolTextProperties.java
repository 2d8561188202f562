package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.mllens.watool.internal.ToolText;
import org.junit.jupiter.api.Test;

/** The tool's text rules over arbitrary text: sanitised text is always allowed, fitted text always fits. */
class ToolTextProperties {

    @Test
    void sanitizedTextUsesOnlyTheToolsCharacters() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(s ->
                assertThat(ToolText.allowed(ToolText.sanitize(s))).as("sanitize(%s)", s).isTrue());
    }

    @Test
    void allowedTextIsLeftAsItIs() {
        String allowed = "abcXYZ019" + ToolText.ALLOWED_PUNCTUATION.replace("\n", "");
        qt().withExamples(300).forAll(strings().betweenCodePoints(32, 126).ofLengthBetween(1, 80)).checkAssert(s -> {
            String kept = s.chars().filter(c -> allowed.indexOf(c) >= 0 || Character.isLetterOrDigit(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                    .replaceAll(" {2,}", " ").strip();
            assertThat(ToolText.sanitize(kept)).isEqualTo(kept);
        });
    }

    @Test
    void fittedLinesStayWithinTheLimitAndKeepEveryLine() {
        qt().withExamples(300).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 400)).ofSizeBetween(1, 20),
                integers().between(100, 3000)).checkAssert((lines, max) -> {
                    String fitted = ToolText.fit(lines.stream().map(l -> l.replace('\n', ' ').replace('\r', ' ')).toList(), max);
                    assertThat(fitted.length()).isLessThanOrEqualTo(max);
                    assertThat(fitted.split("\n", -1)).hasSize(lines.size());
                });
    }
}
