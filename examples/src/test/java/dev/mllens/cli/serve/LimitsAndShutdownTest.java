package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.samples.Samples;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service owes its callers under pressure, driven with raw sockets where a client library would not
 * misbehave: bodies over the limit refused before they are read, overload answered at once, and a shutdown
 * that lets the requests in progress finish.
 */
class LimitsAndShutdownTest {

    private static final String SAMPLE = Samples.fraudDetectionJson();
    private static final int SAMPLE_BYTES = SAMPLE.getBytes(StandardCharsets.UTF_8).length;

    private static String post(String headers) {
        return "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers + "\r\n";
    }

    private static String problem(String body) {
        return JsonMapper.builder().build().readTree(body).get("error").get("problem").asString();
    }

    /** Waits (at most ten seconds) for something the server does on other threads. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeAByteOfTheBodyIsSent() throws Exception {
        try (TestServer t = TestServer.start(ServerSettings.loopback(0).withMaxBodyBytes(SAMPLE_BYTES), Assessor.engine());
             TestServer.Raw raw = t.raw()) {
            // the headers promise 50 MB and nothing follows them: only an answer that did not wait for the body arrives
            TestServer.RawResponse r = raw.write(post("Content-Length: 50000000\r\n")).read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(problem(r.body())).isEqualTo("the body is 50000000 bytes; this service reads at most " + SAMPLE_BYTES
                    + " (mllens serve --max-body-bytes)");
            // a body of exactly the limit is read
            HttpResponse<String> atLimit = t.post("/v1/assessments", "application/json", null, SAMPLE);
            assertThat(atLimit.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void afterA413TheConnectionIsClosedEvenWhenTheWholeBodyWasSent() throws Exception {
        try (TestServer t = TestServer.start(ServerSettings.loopback(0).withMaxBodyBytes(1000), Assessor.engine());
             TestServer.Raw raw = t.raw()) {
            String body = "{\"id\": \"" + "x".repeat(1990) + "\"}";
            TestServer.RawResponse r = raw.write(post("Content-Length: " + body.length() + "\r\n") + body).read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(raw.closedByServer()).as("the connection is not kept for another request").isTrue();
        }
    }

    @Test
    void aChunkedBodyIsCountedAsItArrivesAndRefusedOnceItPassesTheLimit() throws Exception {
        try (TestServer t = TestServer.start(ServerSettings.loopback(0).withMaxBodyBytes(1000), Assessor.engine());
             TestServer.Raw raw = t.raw()) {
            raw.write(post("Transfer-Encoding: chunked\r\n"));
            String chunk = "{\"id\": \"x\", \"description\": \"" + "a".repeat(600);
            raw.write(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            raw.write("258\r\n" + "a".repeat(600) + "\r\n"); // 1,200 bytes so far; the body never ends
            TestServer.RawResponse r = raw.read();
            assertThat(r.status()).isEqualTo(413);
            assertThat(problem(r.body())).startsWith("the body is more than 1000 bytes");
        }
    }

    @Test
    void whenEveryWorkerIsTakenAndTheQueueFullARequestGets503AtOnce() throws Exception {
        try (TestServer t = TestServer.start(ServerSettings.loopback(0).withThreads(1, 1), Assessor.engine());
             TestServer.Raw first = t.raw();
             TestServer.Raw second = t.raw();
             TestServer.Raw third = t.raw()) {
            String half = SAMPLE.substring(0, 100);
            String rest = SAMPLE.substring(100);
            first.write(post("Content-Length: " + SAMPLE_BYTES + "\r\n") + half);   // holds the one worker
            await(() -> t.server.inFlight() == 1 && t.server.waiting() == 0, "the worker to take the first request");
            second.write(post("Content-Length: " + SAMPLE_BYTES + "\r\n") + half);  // waits in the queue
            await(() -> t.server.waiting() == 1, "the second request to wait");
            TestServer.RawResponse refused = third.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n").read();
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(problem(refused.body())).startsWith("the service is busy");
            // the two held requests are served in full once their bodies arrive
            assertThat(first.write(rest).read().status()).isEqualTo(200);
            assertThat(second.write(rest).read().status()).isEqualTo(200);
            assertThat(t.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aShutdownRefusesNewRequestsAndLetsTheOneInProgressFinish() throws Exception {
        TestServer t = TestServer.start();
        try (TestServer.Raw slow = t.raw()) {
            slow.write(post("Content-Length: " + SAMPLE_BYTES + "\r\n") + SAMPLE.substring(0, 100));
            await(() -> t.server.inFlight() == 1, "the slow request to be taken");
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> t.server.stop(Duration.ofSeconds(20)));
            await(() -> {
                try {
                    return t.get("/healthz").statusCode() == 503;
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            }, "new requests to be refused");
            HttpResponse<String> refused = t.get("/healthz");
            assertThat(problem(refused.body())).isEqualTo("the service is shutting down");
            assertThat(stopping).as("the shutdown waits for the request in progress").isNotDone();

            TestServer.RawResponse finished = slow.write(SAMPLE.substring(100)).read();
            assertThat(finished.status()).isEqualTo(200);
            assertThat(finished.body()).contains("\"card-fraud-detection\"");
            stopping.get(10, TimeUnit.SECONDS);
            assertThat(t.log).anySatisfy(e -> assertThat(e.status()).isEqualTo(503))
                    .anySatisfy(e -> assertThat(e.line()).startsWith("POST /v1/assessments 200 "));
        } finally {
            t.close();
        }
    }

    @Test
    void aShutdownWithNothingInProgressIsImmediateAndTheGracePeriodBoundsOneThatIs() throws Exception {
        TestServer idle = TestServer.start();
        long start = System.nanoTime();
        idle.server.stop(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        TestServer stuck = TestServer.start();
        try (TestServer.Raw never = stuck.raw()) {
            never.write(post("Content-Length: 100\r\n") + "{");
            await(() -> stuck.server.inFlight() == 1, "the stuck request to be taken");
            long from = System.nanoTime();
            stuck.server.stop(Duration.ofMillis(300));
            Duration took = Duration.ofNanos(System.nanoTime() - from);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
