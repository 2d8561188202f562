package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.MlLens;
import dev.mllens.json.LensJson;
import dev.mllens.samples.Samples;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/mllens.jar serve} on a fresh JVM: it serves the page and the API, logs each
 * request on stderr, and on SIGTERM lets the request in progress finish before it exits.
 */
class ServeJarIT {

    private static final String SAMPLE = Samples.fraudDetectionJson();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(ServeProcess s, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(s.uri.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theJarServesThePageAndTheApiAndStopsGracefullyOnSigterm() throws Exception {
        try (ServeProcess s = ServeProcess.start("graceful")) {
            assertThat(s.uri.getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> page = get(s, "");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>mllens: assess an ML workload</title>");
            assertThat(get(s, "healthz").statusCode()).isEqualTo(200);
            HttpResponse<String> report = CLIENT.send(HttpRequest.newBuilder(s.uri.resolve("v1/assessments"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SAMPLE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).isEqualTo(LensJson.write(MlLens.engine().assess(Samples.fraudDetection())) + "\n");

            // a request in progress when SIGTERM comes: its body is only half sent
            byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
            try (Socket slow = new Socket(s.uri.getHost(), s.uri.getPort())) {
                slow.setSoTimeout(30_000);
                OutputStream out = slow.getOutputStream();
                out.write(("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 100);
                out.flush();
                Thread.sleep(200);
                s.process.destroy(); // SIGTERM
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                int health = 200;
                while (health != 503 && System.nanoTime() < deadline) {
                    health = get(s, "healthz").statusCode();
                }
                assertThat(health).as("new requests are refused while the server drains").isEqualTo(503);
                assertThat(s.process.isAlive()).as("the server waits for the request in progress").isTrue();
                out.write(body, 100, body.length - 100);
                out.flush();
                String response = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200 ").contains("\"card-fraud-detection\"");
            }
            assertThat(s.terminate()).as("exit status after SIGTERM").isEqualTo(143);

            String log = s.stderr();
            assertThat(log).containsPattern("INFO serve - listening on http://127\\.0\\.0\\.1:\\d+/: \\d+ worker threads")
                    .containsPattern("INFO access - GET /healthz 200 \\d+ bytes \\d+ ms")
                    .containsPattern("INFO access - POST /v1/assessments 200 \\d+ bytes \\d+ ms")
                    .containsPattern("INFO access - GET /healthz 503 ")
                    .contains("INFO serve - stopping: new requests get 503", "INFO serve - stopped")
                    .doesNotContain("SLF4J", "Exception");
            assertThat(log.lines().filter(l -> l.contains(" access - "))).allMatch(l -> l.matches(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ INFO access - [A-Z]+ /\\S* \\d{3} \\d+ bytes \\d+ ms"));
        }
    }

    @Test
    void theOtherCommandsOfTheJarStaySilentOnStderr() throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ServeProcess.JAR.toString(), "assess", "--sample", "--format", "json").start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).isNotEmpty();
        assertThat(err).as("stderr of assess, with the CLI's SLF4J binding silent").isEmpty();
    }
}
