package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line feed             | a\\u000Ab           | a\\nb
            carriage return       | a\\u000Db           | a\\rb
            tab                   | a\\u0009b           | a\\tb
            escape (ANSI)         | \\u001B[2Jx        | \\u001B[2Jx
            delete                | a\\u007Fb           | a\\u007Fb
            C1 next line          | a\\u0085b           | a\\u0085b
            line separator        | a\\u2028b           | a\\u2028b
            paragraph separator   | a\\u2029b           | a\\u2029b
            right-to-left override| abc\\u202Edef       | abc\\u202Edef
            isolate               | a\\u2066b\\u2069    | a\\u2066b\\u2069
            byte-order mark       | \\uFEFFa            | \\uFEFFa
            non-character         | a\\uFFFEb           | a\\uFFFEb
            """)
    void invisibleAndLineBreakingCharactersBecomeVisibleEscapes(String name, String input, String expected) {
        String raw = unescape(input);
        assertThat(SafeText.visible(raw)).isEqualTo(expected);
        assertThat(SafeText.line(raw)).isEqualTo(expected).doesNotContain("\n", "\r", "\u001B", "\u202E", "\u2028");
    }

    @Test
    void ordinaryTextOfAnyScriptIsLeftAlone() {
        for (String s : new String[] {"card-fraud-detection", "Détection de fraude", "不正検知", "ضد الاحتيال",
                "family: 👨\u200D👩\u200D👧", "می\u200Cخواهم"}) {
            assertThat(SafeText.visible(s)).isSameAs(s);
        }
    }

    @Test
    void anUnpairedSurrogateIsShownButAPairIsKept() {
        assertThat(SafeText.visible("a\uD800b")).isEqualTo("a\\uD800b");
        assertThat(SafeText.visible("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
        assertThat(SafeText.visible("tag\uDB40\uDC41")).as("tag characters hide text").isEqualTo("tag\\U000E0041");
    }

    @Test
    void overLongValuesAreCutWithAMarkerAndPairsAreNotSplit() {
        String longValue = "x".repeat(5_000);
        assertThat(SafeText.text(longValue)).hasSize(SafeText.VALUE_LIMIT + "… [4000 more characters]".length())
                .endsWith("… [4000 more characters]");
        assertThat(SafeText.quoted(longValue)).startsWith("\"xxx").endsWith("more characters]\"").hasSizeLessThan(200);
        String emoji = "a".repeat(9) + "\uD83D\uDE00" + "b";
        assertThat(SafeText.cut(emoji, 10)).isEqualTo("a".repeat(9) + "… [3 more characters]");
        assertThat(SafeText.cut("short", 10)).isEqualTo("short");
        assertThat(SafeText.line("m".repeat(10_000))).hasSizeLessThan(SafeText.LINE_LIMIT + 40);
    }

    @Test
    void htmlAndXmlEscapeMarkupAndQuotes() {
        String hostile = "<script>alert('x')</script> & \"q\"";
        String expected = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";
        assertThat(SafeText.html(hostile)).isEqualTo(expected);
        assertThat(SafeText.xml(hostile)).isEqualTo(expected);
        assertThat(SafeText.xml("a\u0000b\uFFFFc")).isEqualTo("a\\u0000b\\uFFFFc");
    }

    @Test
    void markdownEscapesEverythingThatOpensMarkup() {
        assertThat(SafeText.markdown("a|b [x](https://evil.example) <b>`c`</b> *d* #1 $x$ ~s~ &amp;"))
                .isEqualTo("a\\|b \\[x\\]\\(https\\:<!-- -->//evil\\.example\\) \\<b\\>\\`c\\`\\</b\\> \\*d\\* \\#1 \\$x\\$ \\~s\\~ \\&amp;");
        assertThat(SafeText.markdown("WWW.evil.example me@evil.example"))
                .isEqualTo("WWW<!-- -->\\.evil\\.example me<!-- -->\\@evil\\.example");
        assertThat(SafeText.markdown("plain words, 42 and more")).isEqualTo("plain words, 42 and more");
    }

    /** Turns the {@code \\uXXXX} escapes of a test table into characters. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
