package dev.mllens.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, in JVMs of their own with small heaps ({@link HeapProbe}): an assessment that runs out of
 * memory leaves the shared engine usable with that memory released, and the largest document the
 * default read limits allow is assessed within the stated bound of 512 MB.
 */
class EngineSurvivesTest {

    @TempDir
    Path dir;

    /** Slack over the heap before the failure: a few MB of caches warmed by the failure (the rules' node memories). */
    private static final long SLACK = 16L << 20;

    @Test
    void anAssessmentOutOfMemoryLeavesTheEngineUsableAndItsMemoryReleased() throws Exception {
        Map<String, String> r = probe("-Xmx256m", "survive");
        assertThat(r.get("failed")).as("a workload large enough to run out of memory was found: %s", r).isEqualTo("true");
        assertThat(r.get("sameFindings")).as("the next 100 assessments are judged as before").isEqualTo("100");
        long before = Long.parseLong(r.get("baseline"));
        long after = Long.parseLong(r.get("after"));
        assertThat(after).as("heap after GC, before the failure %d MB, after %d MB", before >> 20, after >> 20)
                .isLessThan(before + SLACK);
    }

    @Test
    void tenThousandEndpointsAtTheDefaultLimitsAreAssessedIn512Mb() throws Exception {
        Map<String, String> r = probe("-Xmx512m", "limits");
        assertThat(r).containsEntry("endpoints", "10000").containsEntry("findings", "105");
    }

    /** Runs the probe in a new JVM on this test's class path, and returns what it printed. */
    private Map<String, String> probe(String heap, String mode) throws IOException, InterruptedException {
        Path log = dir.resolve(mode + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HeapProbe.class.getName(), mode))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the probe ends: %s", text).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        Map<String, String> values = new HashMap<>();
        text.lines().filter(l -> l.matches("\\w+=\\S+")).forEach(l -> values.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        System.out.println("HeapProbe " + mode + " " + heap + ": " + values);
        return values;
    }
}
