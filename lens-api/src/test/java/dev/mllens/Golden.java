package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.json.LensJson;
import dev.mllens.workload.Workload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Golden files under {@code src/test/resources/golden}: a mismatch writes the actual text under
 * {@code target/golden/} and fails; {@code -Dmllens.golden.update=true} accepts the actual text instead,
 * so the change shows as a diff in review.
 */
public final class Golden {

    static final Path SOURCES = Path.of("src/test/resources/golden");
    static final Path OUT = Path.of("target/golden");
    static final boolean UPDATE = Boolean.getBoolean("mllens.golden.update");

    private Golden() {
    }

    /** Compares {@code actual} with the golden file {@code name}; {@code what} says what changed on a failure. */
    public static void compare(String name, String actual, String what) throws IOException {
        Path golden = SOURCES.resolve(name);
        if (UPDATE) {
            Files.writeString(golden, actual);
            return;
        }
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve(name), actual);
            assertThat(actual).as(what + ": compare " + OUT.resolve(name) + " with " + golden
                    + "; if the change is intended, rerun with -Dmllens.golden.update=true and review the diff").isEqualTo(expected);
        }
    }

    /** The committed corpus of 1,000 generated workloads ({@code golden/corpus.jsonl.gz}), kept as data. */
    public static List<Workload> corpus() throws IOException {
        List<Workload> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SOURCES.resolve("corpus.jsonl.gz")));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(LensJson.readWorkload(line));
            }
        }
        return out;
    }
}
