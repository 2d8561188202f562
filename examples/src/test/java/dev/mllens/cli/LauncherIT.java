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

    /** The class-data-sharing archive the tests share, so that not every test pays for making one. */
    @TempDir
    static Path sharedCache;

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
        pb.environment().put("XDG_CACHE_HOME", sharedCache.toString()); // never the user's own cache
        pb.environment().remove("MLLENS_CDS");
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
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
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

    /** The archives in a cache directory, by name. */
    private static List<Path> archives(Path cache) throws IOException {
        Path mllens = cache.resolve("mllens");
        if (!Files.isDirectory(mllens)) {
            return List.of();
        }
        try (var files = Files.list(mllens)) {
            return files.sorted().toList();
        }
    }

    private static void assertCleanJsonReport(Run r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        assertThat(report.get("findings")).hasSize(105);
    }

    @Test
    void makesAClassDataSharingArchiveOnTheFirstRunAndReusesIt() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Run first = run(LAUNCHER, env, "--version");
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("mllens ");
        List<Path> made = archives(cache);
        assertThat(made).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).matches("mllens-\\d+\\.jsa"));
        assertThat(Files.size(made.get(0))).isGreaterThan(1_000_000);
        var madeAt = Files.getLastModifiedTime(made.get(0));

        assertCleanJsonReport(run(LAUNCHER, env, "assess", "--sample", "--format", "json"));
        assertThat(archives(cache)).isEqualTo(made);
        assertThat(Files.getLastModifiedTime(made.get(0))).isEqualTo(madeAt);
    }

    @Test
    void makesTheArchiveAgainWhenTheJarIsNewerAndIgnoresOneItCannotUse() throws Exception {
        // a checkout of its own, so that the jar's time can change
        Path checkout = dir.resolve("checkout");
        Path launcher = Files.createDirectories(checkout.resolve("bin")).resolve("mllens");
        Files.copy(LAUNCHER, launcher);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path jar = Files.createDirectories(checkout.resolve("examples").resolve("target")).resolve("mllens.jar");
        Files.copy(Path.of("target", "mllens.jar"), jar);
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());

        assertThat(run(launcher, env, "--version").code()).isZero();
        Path archive = archives(cache).get(0);
        var firstMade = Files.getLastModifiedTime(archive).toMillis();
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(firstMade + 60_000)); // a rebuilt jar
        assertCleanJsonReport(run(launcher, env, "assess", "--sample", "--format", "json"));
        assertThat(archives(cache)).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(firstMade);

        // an archive the JVM rejects (another JDK's, or damaged) is not used, silently
        assertThat(archive.toFile().setWritable(true)).isTrue();
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(firstMade + 120_000));
        assertCleanJsonReport(run(launcher, env, "assess", "--sample", "--format", "json"));
    }

    @Test
    void runsWithoutAnArchiveWhereTheCacheCannotBeWrittenOrWhenTurnedOff() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertCleanJsonReport(run(LAUNCHER, Map.of("XDG_CACHE_HOME", file.resolve("cache").toString()),
                "assess", "--sample", "--format", "json"));

        Path cache = dir.resolve("cache");
        assertCleanJsonReport(run(LAUNCHER, Map.of("XDG_CACHE_HOME", cache.toString(), "MLLENS_CDS", "off"),
                "assess", "--sample", "--format", "json"));
        assertThat(archives(cache)).isEmpty();
    }

    @Test
    void compilesWithC1OnlyExceptForTheService() throws Exception {
        // a java that prints the options it was given
        Path home = Files.createDirectories(dir.resolve("jdk").resolve("bin")).getParent();
        Path fake = home.resolve("bin").resolve("java");
        Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        Map<String, String> env = Map.of("JAVA_HOME", home.toString(), "MLLENS_CDS", "off");

        assertThat(run(LAUNCHER, env, "assess", "--sample").out().lines()).startsWith("-XX:TieredStopAtLevel=1")
                .endsWith("assess", "--sample");
        assertThat(run(LAUNCHER, env, "serve", "--port", "0").out().lines()).doesNotContain("-XX:TieredStopAtLevel=1")
                .endsWith("serve", "--port", "0");
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
