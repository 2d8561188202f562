package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The options of {@code mllens serve}: refused as usage errors, one line each (the server itself is tested in serve/). */
class ServeCommandTest {

    /** What serve sets for itself in the JVM; restored so that the tests after these see the JVM as it was. */
    private static final List<String> PROPERTIES = List.of("org.slf4j.simpleLogger.defaultLogLevel",
            "org.slf4j.simpleLogger.log.dev.mllens.serve", "sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime");
    private final Map<String, String> saved = new java.util.HashMap<>();

    @BeforeEach
    void save() {
        PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
    }

    @AfterEach
    void restore() {
        saved.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }

    @Test
    void badOptionsAreUsageErrorsOfOneLine() {
        Map<List<String>, String> cases = Map.of(
                List.of("--port", "70000"), "--port must be from 0 to 65535, was 70000",
                List.of("--port", "-1"), "--port must be from 0 to 65535, was -1",
                List.of("--bind", "no such host"), "--bind no such host: not an address of this machine",
                List.of("--threads", "0"), "--threads must be at least 1, was 0",
                List.of("--max-body-bytes", "0"), "--max-body-bytes must be at least 1, was 0",
                List.of("--shutdown-grace", "-1"), "--shutdown-grace must not be negative, was -1",
                List.of("--port", "http"), "Invalid value for option '--port': 'http' is not an int");
        cases.forEach((options, message) -> {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve"), options.stream()).toArray(String[]::new);
            CliRun r = CliRun.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.oneErrorLine()).as(r.err()).isTrue();
            assertThat(r.err()).startsWith("mllens: " + message);
            assertThat(r.out()).isEmpty();
        });
    }

    @Test
    void aPortInUseIsOneLineNamingTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.oneErrorLine()).as(r.err()).isTrue();
            assertThat(r.err()).startsWith("mllens: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }
}
