package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.samples.Samples;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test of {@code java -jar target/mllens.jar serve} over loopback: a fixed number of
 * assessments of the sample (the JSON report) from a fixed number of clients, capped in time. It checks
 * that every answer is right; the throughput and latency it measures are written to
 * {@code target/serve-it/load.txt} and printed, not asserted (they depend on the machine and its load).
 */
class ServeLoadIT {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 2_000;
    private static final int CLIENTS = 4;
    private static final Duration CAP = Duration.ofSeconds(120);

    @Test
    void theSampleAssessedTwoThousandTimesByFourClients() throws Exception {
        try (ServeProcess s = ServeProcess.start("load")) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(s.uri.resolve("v1/assessments")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(Samples.fraudDetectionJson())).build();
            String expected = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            assertThat(expected).contains("\"card-fraud-detection\"");

            run(client, request, expected, WARM_UP, new long[WARM_UP]);
            long[] nanos = new long[REQUESTS];
            Duration cpuBefore = cpu(s);
            long start = System.nanoTime();
            int done = run(client, request, expected, REQUESTS, nanos);
            double seconds = (System.nanoTime() - start) / 1e9;
            Duration cpu = cpu(s).minus(cpuBefore);
            assertThat(done).as("requests answered, all right, within " + CAP).isEqualTo(REQUESTS);

            Arrays.sort(nanos);
            assertThat(s.terminate()).isEqualTo(143); // which also flushes its log
            // the server's own time per request, from its access log: the measured requests are its last lines
            long[] served = s.stderr().lines().filter(l -> l.contains(" access - POST /v1/assessments 200 "))
                    .mapToLong(l -> Long.parseLong(l.replaceAll(".* (\\d+) ms$", "$1"))).toArray();
            long[] window = Arrays.copyOfRange(served, served.length - REQUESTS, served.length);
            Arrays.sort(window);
            String result = String.format(java.util.Locale.ROOT,
                    "mllens serve, POST /v1/assessments (sample, JSON report): %d requests from %d clients over loopback,"
                            + " %d processors, load average %.1f: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " in the server p50 %d ms, p99 %d ms; server CPU %.2f ms per request%n",
                    REQUESTS, CLIENTS, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), REQUESTS / seconds,
                    nanos[REQUESTS / 2] / 1e6, nanos[(int) (REQUESTS * 0.99)] / 1e6, nanos[REQUESTS - 1] / 1e6,
                    window[REQUESTS / 2], window[(int) (REQUESTS * 0.99)], cpu.toNanos() / 1e6 / REQUESTS);
            Files.writeString(Path.of("target", "serve-it", "load.txt"), result);
            System.out.print(result);
        }
    }

    /** CPU time the server process has used so far. */
    private static Duration cpu(ServeProcess s) {
        return s.process.toHandle().info().totalCpuDuration().orElseThrow(() -> new AssertionError("no CPU time of the server"));
    }

    /** Sends {@code count} requests from {@link #CLIENTS} threads; each latency goes in {@code nanos}; returns how many were right. */
    private static int run(HttpClient client, HttpRequest request, String expected, int count, long[] nanos) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger right = new AtomicInteger();
        long deadline = System.nanoTime() + CAP.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < deadline; ) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t;
                        if (r.statusCode() == 200 && r.body().equals(expected)) {
                            right.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        nanos[i] = Long.MAX_VALUE;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(CAP.toSeconds() + 30, TimeUnit.SECONDS);
        return right.get();
    }
}
