package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.xml.sax.InputSource;

/** Over arbitrary strings, including every control, separator, surrogate and bidi character. */
class SafeTextProperties {

    /** Any UTF-16 code unit, so unpaired surrogates and non-characters come up too. */
    private static final Gen<String> ANY = strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 40);

    /** Code points that break a line, or move or reorder text on screen. */
    private static boolean breaksOrReorders(int cp) {
        return Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || (cp <= 0xFFFF && Character.isSurrogate((char) cp));
    }

    @Test
    void aSafeLineNeverBreaksOrReorders() {
        qt().forAll(ANY).checkAssert(s -> assertThat(SafeText.line(s).codePoints().noneMatch(SafeTextProperties::breaksOrReorders))
                .as("%s", s.codePoints().mapToObj(Integer::toHexString).toList()).isTrue());
    }

    @Test
    void visibleKeepsEverySafeCharacterAndAddsOnlyEscapes() {
        // a backslash typed by the user could look like an escape; leave it out of this comparison
        qt().forAll(ANY).assuming(s -> s.indexOf('\\') < 0).checkAssert(s -> {
            String v = SafeText.visible(s);
            String kept = s.codePoints().filter(cp -> !breaksOrReorders(cp)
                    && (Character.getType(cp) != Character.FORMAT || cp == 0x200C || cp == 0x200D)
                    && (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            // every safe character survives in order: removing the escapes gives them back
            assertThat(v.replaceAll("\\\\(u[0-9A-F]{4}|U[0-9A-F]{8}|[nrt])", "")).isEqualTo(kept);
        });
    }

    @Test
    void anyValueIsWellFormedXmlContentAndAttribute() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        qt().forAll(ANY).checkAssert(s -> {
            String doc = "<r a=\"" + SafeText.xml(s) + "\">" + SafeText.xml(s) + "</r>";
            try {
                var parsed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(doc)));
                assertThat(parsed.getDocumentElement().getAttribute("a")).isEqualTo(parsed.getDocumentElement().getTextContent());
            } catch (Exception e) {
                throw new AssertionError("not XML for " + s.codePoints().mapToObj(Integer::toHexString).toList() + ": " + e, e);
            }
        });
    }

    @Test
    void markdownValuesHoldNoUnescapedMarkup() {
        qt().forAll(ANY).checkAssert(s -> {
            // the inert comments that split autolinks are the only markup added
            String md = SafeText.markdown(s).replace(SafeText.BREAK, "");
            for (int i = 0; i < md.length(); i++) {
                char c = md.charAt(i);
                if ("`*_[]()<>|!#@&$~:".indexOf(c) >= 0) {
                    int backslashes = 0;
                    for (int j = i - 1; j >= 0 && md.charAt(j) == '\\'; j--) {
                        backslashes++;
                    }
                    assertThat(backslashes % 2).as("%s at %d in %s", c, i, md).isEqualTo(1);
                }
            }
        });
    }
}
