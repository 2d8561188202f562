package dev.mllens.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as named modules, as a modular consumer sees it: a consumer module that requires
 * {@code dev.mllens.watool} compiles against the exported packages only, and runs the engine on the module
 * path, where the Drools jars are automatic modules, the executable model is found and instantiated, Jackson
 * reads and writes through the packages opened to it, and the bundled resources load.
 */
class ModulePathTest {

    private static final String MODULE_INFO = """
            module probe {
                requires dev.mllens.watool;
            }
            """;

    private static final String MAIN = """
            package probe;

            import dev.mllens.Assessment;
            import dev.mllens.MlLens;
            import dev.mllens.json.DocumentSyntax;
            import dev.mllens.json.LensJson;
            import dev.mllens.lens.Lens;
            import dev.mllens.report.Reports;
            import dev.mllens.samples.Samples;
            import dev.mllens.watool.WaTool;

            public class Main {
                public static void main(String[] args) {
                    Assessment a = MlLens.engine().assess(Samples.fraudDetection());
                    System.out.println("risk " + a.practiceRiskCounts());
                    System.out.println("baseline " + LensJson.readBaseline(LensJson.write(a)).ratings().size());
                    System.out.println("yaml " + LensJson.readWorkload(LensJson.writeYaml(Samples.fraudDetection()), DocumentSyntax.YAML).id());
                    System.out.println("answers " + WaTool.answers(a, "7d5c2a9e41b04f3c8e6a1b2c3d4e5f60",
                            "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b").size());
                    System.out.println("catalog " + Lens.catalog().practices().size());
                    System.out.println("html " + Reports.html(a).startsWith("<!DOCTYPE html>"));
                    System.out.println("module " + MlLens.class.getModule().getName());
                }
            }
            """;

    /** What a consumer module must not reach: the engine, and the internal packages. */
    private static final String REACHES_IN = """
            package probe;

            class ReachesIn {
                dev.mllens.rules.RuleBase engine;
                dev.mllens.rules.internal.Check check;
                dev.mllens.internal.JsonErrors errors;
                dev.mllens.watool.internal.ToolText text;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aConsumerModuleCompilesAgainstTheExportsAndRunsTheEngineOnTheModulePath() throws Exception {
        Path src = write("module-info.java", MODULE_INFO);
        Path main = write("probe/Main.java", MAIN);
        Compiled c = compile(src, main);
        assertThat(c.messages()).isEmpty();
        assertThat(c.rc()).isZero();

        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(launcher.toString(), "-p", modulePath() + File.pathSeparator + dir.resolve("out"),
                "-m", "probe/probe.Main").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).containsExactly(
                "risk {HIGH=6, MEDIUM=45, UNANSWERED=3, NONE=49, NOT_APPLICABLE=2}",
                "baseline 105", "yaml card-fraud-detection", "answers 35", "catalog 105", "html true",
                "module dev.mllens.api");
    }

    @Test
    void theEngineAndTheInternalPackagesAreNotVisibleToAConsumerModule() throws Exception {
        Compiled c = compile(write("module-info.java", MODULE_INFO), write("probe/ReachesIn.java", REACHES_IN));
        assertThat(c.rc()).isNotZero();
        assertThat(c.messages()).contains("package dev.mllens.rules is not visible",
                "package dev.mllens.rules.internal is not visible", "package dev.mllens.internal is not visible",
                "package dev.mllens.watool.internal is not visible");
    }

    private record Compiled(int rc, String messages) {
    }

    private Compiled compile(Path... files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-d", dir.resolve("out").toString(), "-p", modulePath()));
        for (Path f : files) {
            args.add(f.toString());
        }
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        return new Compiled(rc, diagnostics.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** What a project depending on lens-api and lens-watool gets (see the examples POM), as a module path. */
    private static String modulePath() {
        String cp = System.getProperty("mllens.consumer.classpath");
        assertThat(cp).as("system property mllens.consumer.classpath (set by the examples POM: run this test with Maven)")
                .isNotBlank();
        return cp;
    }
}
