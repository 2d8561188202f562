package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code botocore_check.py} (a test resource) with python3: botocore's own validator over a shape of
 * the AWS Well-Architected Tool's API model. Without python3 and botocore the calling test is skipped,
 * unless {@code MLLENS_CI=1}, where a missing tool fails it.
 */
final class Botocore {

    private Botocore() {
    }

    private static Boolean available;

    /** Skips (or, in CI, fails) the calling test when python3 with botocore is not there. */
    static void assumeAvailable() {
        if (available == null) {
            available = probe();
        }
        if (!available) {
            String why = "python3 with botocore is needed (apt-get install python3-botocore, or pip install botocore)";
            if ("1".equals(System.getenv("MLLENS_CI"))) {
                fail("MLLENS_CI=1 and " + why);
            }
            Assumptions.abort(why);
        }
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import botocore.session, botocore.validate")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The errors botocore finds in each document, one list per document (empty when it passes). */
    static List<List<String>> check(String shape, List<?> documents) throws IOException, InterruptedException {
        assumeAvailable();
        Path script = Files.createTempFile("botocore_check", ".py");
        try {
            Files.writeString(script, OfficialLens.resource("botocore_check.py"));
            Process p = new ProcessBuilder("python3", script.toString(), shape).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(OfficialLens.JSON.writeValueAsString(documents).getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("botocore check finished").isTrue();
            assertThat(p.exitValue()).as("botocore check exit code, stderr: " + err).isZero();
            JsonNode result = OfficialLens.JSON.readTree(out);
            assertThat(result.get("botocore").asString()).as("botocore version").isNotBlank();
            List<List<String>> errors = new ArrayList<>();
            for (JsonNode doc : result.get("results")) {
                List<String> list = new ArrayList<>();
                doc.forEach(e -> list.add(e.asString()));
                errors.add(list);
            }
            assertThat(errors).as("one result per document").hasSize(documents.size());
            return errors;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
