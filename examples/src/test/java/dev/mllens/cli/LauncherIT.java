package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bin/mllens}, the POSIX shell launcher of {@code target/mllens.jar}, run as a user runs it. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "bin", "mllens").toAbsolutePath().normalize();
    private static final String WORKLOAD = """
            {"id": "w", "training": {"distributionStrategy": "DATA_PARALLEL", "interNodeEncryption": false}}
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** The launcher needs /bin/sh: skipped where there is none, except in CI, where that is a failure. */
    @BeforeAll
    static void needsAPosixShell() {
        boolean shell = Files.isExecutable(Path.of("/bin/sh"));
        if ("1".equals(System.getenv("MLLENS_CI"))) {
            assertThat(shell).as("/bin/sh (MLLENS_CI=1)").isTrue();
        }
        assumeTrue(shell, "no /bin/sh");
        assertThat(LAUNCHER).isExecutable();
        assertThat(Path.of("target", "mllens.jar")).as("the jar the launcher runs").isRegularFile();
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                pb.environment().remove(name); // an empty value here means "unset"
            } else {
                pb.environment().put(name, value);
            }
        });
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, Map.of(), args);
    }

    @Test
    void runsTheJarWithTheArgumentsGiven() throws Exception {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("mllens ").contains("Machine Learning Lens edition 2025-11");

        Run json = run("assess", "--sample", "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.out());
        assertThat(report.get("workload").get("id").asString()).isEqualTo("card-fraud-detection");
        assertThat(report.get("findings")).hasSize(105);
    }

    @Test
    void passesTheExitCodeThrough() throws Exception {
        Path workload = dir.resolve("w.json");
        Files.writeString(workload, WORKLOAD);
        assertThat(run("assess", workload.toString(), "--fail-on", "high").code()).isEqualTo(1);

        Run usage = run("assess");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).startsWith("mllens: ").contains("mllens assess --help").doesNotContain("\n\n");
    }

    @Test
    void keepsAnArgumentWithSpacesAndQuotesWhole() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my 'team' workloads"));
        Path workload = folder.resolve("churn model.json");
        Files.writeString(workload, WORKLOAD);
        Run r = run("assess", workload.toString(), "--waive", "MLSEC04-BP02:OUT_OF_SCOPE:research cluster, no PII");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("research cluster, no PII");
    }

    @Test
    void findsTheJarThroughSymbolicLinksOnThePath() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path absolute = Files.createSymbolicLink(bin.resolve("mllens-abs"), LAUNCHER);
        Path relative = Files.createSymbolicLink(bin.resolve("mllens"), Path.of("mllens-abs")); // a chain of two
        assertThat(run(absolute, Map.of(), "--version").code()).isZero();
        Run viaChain = run(relative, Map.of(), "--version");
        assertThat(viaChain.code()).isZero();
        assertThat(viaChain.out()).startsWith("mllens ");
    }

    @Test
    void saysSoWhenTheJarIsNotBuilt() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("checkout").resolve("bin")).resolve("mllens");
        Files.copy(LAUNCHER, copy);
        assertThat(copy.toFile().setExecutable(true)).isTrue();
        Run r = run(copy, Map.of(), "--version");
        assertThat(r.code()).isEqualTo(127);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().startsWith("mllens: ")
                .contains("examples/target/mllens.jar not found", "mvn -B -q package -DskipTests");
    }

    @Test
    void usesJavaHomeAndSaysSoWhenThereIsNoJava() throws Exception {
        // a PATH with only the tools the script needs, so that no java is on it
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("dirname", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), onPath(tool));
        }
        Map<String, String> noJavaOnPath = Map.of("PATH", tools.toString(), "JAVA_HOME", "");
        Run none = run(LAUNCHER, noJavaOnPath, "--version");
        assertThat(none.code()).isEqualTo(127);
        assertThat(none.err().strip()).isEqualTo("mllens: no java on the PATH: install Java 17 or later, or set JAVA_HOME");

        Run home = run(LAUNCHER, Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home")),
                "--version");
        assertThat(home.code()).isZero();
        assertThat(home.out()).startsWith("mllens ");

        Run badHome = run(LAUNCHER, Map.of("JAVA_HOME", dir.toString()), "--version");
        assertThat(badHome.code()).isEqualTo(127);
        assertThat(badHome.err()).startsWith("mllens: JAVA_HOME is " + dir);
    }

    private static Path onPath(String tool) {
        for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on the PATH");
    }
}
