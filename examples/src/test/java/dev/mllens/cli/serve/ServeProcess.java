package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar target/mllens.jar serve --port 0 ...} as a process of its own, as a user or a container runs it. */
final class ServeProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "mllens.jar");
    private static final Pattern SERVING = Pattern.compile("Serving mllens at (http://\\S+/) \\(API: .*");

    final Process process;
    final URI uri;
    final Path stderr;

    private ServeProcess(Process process, URI uri, Path stderr) {
        this.process = process;
        this.uri = uri;
        this.stderr = stderr;
    }

    /** Starts the server on a free loopback port and waits for the line that says where it listens. */
    static ServeProcess start(String name, String... options) throws IOException {
        assertThat(JAR).as("the shaded jar (built by package, before the ITs)").isRegularFile();
        Path dir = Files.createDirectories(Path.of("target", "serve-it"));
        Path stderr = dir.resolve(name + ".stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0"));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        p.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            p.destroyForcibly();
            throw new AssertionError("serve printed nothing and ended: " + Files.readString(stderr));
        }
        Matcher m = SERVING.matcher(line);
        assertThat(m.matches()).as("the first line of serve: " + line).isTrue();
        return new ServeProcess(p, URI.create(m.group(1)), stderr);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** SIGTERM, as a container runtime stops it; then the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve ends after SIGTERM").isTrue();
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
