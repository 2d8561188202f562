package dev.mllens.cli;

import static dev.mllens.cli.CliRun.run;
import static dev.mllens.cli.CliRun.withInput;
import static dev.mllens.cli.CliRun.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: whatever the input holds, an error is one line on stderr and cannot forge another. */
class OneLineErrorsTest {

    @TempDir
    Path dir;

    private static final String FORGE = "\nmllens: all good\r\u2028\u001B[2J\u202E";

    @Test
    void valuesFieldNamesAndIdsFromTheDocumentStayOnTheLine() {
        String[] documents = {
            "{\"id\": \"w\", \"context\": {\"criticality\": \"HIGH" + json(FORGE) + "\"}}",
            "{\"id\": \"w\", \"context\": {\"nope" + json(FORGE) + "\": 1}}",
            "{\"id\": \"w\", \"datasets\": [{\"id\": \"d" + json(FORGE) + "\"}, {\"id\": \"d" + json(FORGE) + "\"}]}",
            "{\"id\": \"w\", \"models\": [{\"id\": \"m\", \"trainingDatasetIds\": [\"x" + json(FORGE) + "\"]}]}",
            "id: w\ncontext:\n  criticality: \"HIGH" + json(FORGE) + "\"\n",
        };
        for (String doc : documents) {
            CliRun r = withStdin(doc, "assess", "-");
            assertThat(r.code()).as(doc).isEqualTo(2);
            assertThat(r.oneErrorLine()).as(r.err()).isTrue();
            assertThat(r.err()).contains("\\n").doesNotContain("\u202E");
        }
    }

    /** A value under the limit on one string (10,000 characters) is quoted in part; one over it is not quoted at all. */
    @Test
    void aHugeValueIsCutInTheMessage() {
        CliRun r = withStdin("{\"id\": \"w\", \"context\": {\"criticality\": \"" + "X".repeat(9_000) + "\"}}", "assess", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().length()).isLessThan(3_000);
        assertThat(r.err()).contains("more characters]");
        CliRun over = withStdin("{\"id\": \"w\", \"context\": {\"criticality\": \"" + "X".repeat(1_000_000) + "\"}}", "assess", "-");
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err().strip()).isEqualTo("mllens: stdin: $.context.criticality: a string longer than 10000 characters,"
                + " the limit on one string");
    }

    @Test
    void fileNamesWaiverNotesAndUsageErrorsStayOnTheLine() throws IOException {
        CliRun missing = run("assess", dir.resolve("no" + FORGE + ".json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.oneErrorLine()).as(missing.err()).isTrue();
        CliRun waiver = run("assess", "--sample", "--waive", "MLSEC04-BP02" + FORGE + ":OTHER:x");
        assertThat(waiver.code()).isEqualTo(2);
        assertThat(waiver.oneErrorLine()).as(waiver.err()).isTrue();
        CliRun option = run("assess", "--sample", "--pillar", "SECURITY" + FORGE);
        assertThat(option.oneErrorLine()).as(option.err()).isTrue();
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\"workload\": {\"id\": \"other" + json(FORGE) + "\"}, \"findings\": []}");
        CliRun other = run("assess", "--sample", "--baseline", baseline.toString());
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.oneErrorLine()).as(other.err()).isTrue();
    }

    @Test
    void invalidUtf8IsNamedWithItsLine() {
        // é in Latin-1 is the 26th byte, on the second line
        byte[] bytes = "{\"id\": \"w\",\n \"name\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        CliRun r = withInput(new ByteArrayInputStream(bytes), "assess", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mllens: stdin: $: not valid UTF-8 at line 2, column 14 (byte 26)");
    }

    /** {@code s} as the inside of a JSON string. */
    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
