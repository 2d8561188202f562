package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: every malformed document {@link HostileDocuments} makes is refused by {@code mllens assess -}
 * as documented: exit 2, one line on stderr that names a JSON path, and nothing of Java or Jackson in it.
 * The command line's own logic runs in this JVM, one case after another.
 */
class HostileInputSuiteTest {

    /** A JSON path: {@code $} alone, or followed by a field or an index. */
    private static final Pattern PATH = Pattern.compile("(^|\\s)\\$([.\\[]\\S*)?[:\\s]");

    /** What must never reach a user: Java and Jackson names, exceptions, features, advice about them. */
    private static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|tools\\.jackson|com\\.fasterxml|dev\\.mllens|org\\.)"
            + "[.a-z]|Exception|Error\\b|JsonToken|Feature|Creator|POJO|deserializ|Cannot construct|\\bclass\\b|`");

    @Test
    void everyHostileDocumentIsRefusedWithOneLineNamingAPath() {
        List<HostileDocuments> cases = HostileDocuments.all();
        List<String> wrong = new ArrayList<>();
        for (HostileDocuments c : cases) {
            CliRun r = CliRun.withInput(new ByteArrayInputStream(c.bytes()), "assess", "-");
            String err = r.err().strip();
            if (r.code() != 2) {
                wrong.add(c + ": exit " + r.code() + " " + cut(err));
            } else if (!r.oneErrorLine()) {
                wrong.add(c + ": not one line: " + cut(err));
            } else if (!PATH.matcher(err).find()) {
                wrong.add(c + ": names no path: " + cut(err));
            } else if (INTERNALS.matcher(err).find()) {
                wrong.add(c + ": names internals: " + cut(err));
            } else if (err.length() > 1_000) {
                wrong.add(c + ": " + err.length() + " characters long");
            }
        }
        assertThat(cases).as("cases").hasSizeGreaterThan(1_000);
        assertThat(wrong).as("of %d cases", cases.size()).isEmpty();
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
