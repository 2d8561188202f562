package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: the command line in a JVM of its own. A document of 10,000 endpoints (the most the default
 * limits allow) is assessed in the stated 512 MB; in a heap too small for it the run ends, with exit 3 and
 * one line, the stack trace only with {@code --debug}; never exit 1, never a hang.
 */
class EngineFaultExitTest {

    @TempDir
    static Path dir;

    private static Path document;

    @BeforeAll
    static void tenThousandEndpoints() throws IOException {
        StringBuilder doc = new StringBuilder("{\"id\": \"many\", \"endpoints\": [");
        for (int i = 0; i < 10_000; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\"}");
        }
        document = Files.writeString(dir.resolve("endpoints.json"), doc.append("]}"));
    }

    @Test
    void tenThousandEndpointsAreAssessedIn512Mb() throws Exception {
        Result r = cli("-Xmx512m", "assess", document.toString(), "--format", "text", "--format", "json", "--output-dir", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(dir.resolve("out").resolve("mllens.txt"))).as("the text report groups the endpoints")
                .isLessThan(200_000);
    }

    @Test
    void runningOutOfMemoryExitsWithThreeAndOneLine() throws Exception {
        Result r = cli("-Xmx48m", "assess", document.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).startsWith("mllens: out of memory: ").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isOne();
        Result debug = cli("-Xmx48m", "assess", document.toString(), "--debug");
        assertThat(debug.code()).as(debug.err()).isEqualTo(3);
        assertThat(debug.err()).startsWith("mllens: out of memory: ").contains("java.lang.OutOfMemoryError", "\tat ");
    }

    private record Result(int code, String err) {
    }

    private static Result cli(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), MlLensCli.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the command line ends").isTrue();
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
