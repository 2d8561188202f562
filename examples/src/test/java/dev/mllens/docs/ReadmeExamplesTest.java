package dev.mllens.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java block of the README as a consumer project would, and runs the quick start.
 *
 * <p>The class path is the one a project depending on {@code lens-api} gets (Maven's runtime
 * class path of this module without picocli, see the POM), not the test class path, which also
 * holds the {@code provided} and test dependencies; so a dependency consumers lack shows here as a
 * compiler warning, and {@code -Werror} turns it into a failure. Each block brings its own imports.
 */
class ReadmeExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LEADING_IMPORTS = Pattern.compile("\\A((?:import (?:static )?[\\w.*]+;\\n|\\n)*)(.*)\\z",
            Pattern.DOTALL);
    private static final String CONSUMER_CLASSPATH = "mllens.consumer.classpath";

    @TempDir
    Path dir;

    private static List<String> javaBlocks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String consumerClasspath() {
        String cp = System.getProperty(CONSUMER_CLASSPATH);
        assertThat(cp).as("system property " + CONSUMER_CLASSPATH + " (set by the examples POM: run this test "
                + "with Maven)").isNotBlank();
        return cp;
    }

    @Test
    void quickStartCompilesWithoutWarningsAndRunsOnTheConsumerClassPath() throws Exception {
        String quickStart = javaBlocks().stream().filter(b -> b.contains("public class QuickStart")).findFirst()
                .orElseThrow(() -> new AssertionError("README has no QuickStart block"));
        compile("QuickStart", quickStart);
        String out = runMain("QuickStart");
        assertThat(out).contains("MLSEC04-BP02 NOT_APPLICABLE", "UNANSWERED=", "security findings");
    }

    @Test
    void snippetsCompileWithoutWarningsFromTheirOwnImports() throws Exception {
        int n = 0;
        for (String block : javaBlocks()) {
            if (block.contains(" class ")) {
                continue;
            }
            Matcher parts = LEADING_IMPORTS.matcher(block);
            assertThat(parts.matches()).isTrue();
            assertThat(parts.group(1)).as("imports of README snippet:\n" + block).contains("import ");
            String name = "Snippet" + n++;
            compile(name, """
                    %s
                    class %s {
                        void snippet() throws Exception {
                    %s
                        }
                    }
                    """.formatted(parts.group(1), name, parts.group(2)));
        }
        assertThat(n).as("README snippets").isPositive();
    }

    private void compile(String className, String source) throws IOException {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "--release", "17", "-Xlint:all", "-Werror",
                "-d", dir.toString(), "-cp", consumerClasspath(), file.toString());
        String messages = diagnostics.toString(StandardCharsets.UTF_8);
        assertThat(messages).as("compiler output for " + className).isEmpty();
        assertThat(rc).as("compiling " + className).isZero();
    }

    /** Runs {@code main} in a class loader that sees only the consumer class path and the compiled README code. */
    private String runMain(String className) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(dir.toUri().toURL());
        for (String entry : consumerClasspath().split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        PrintStream original = System.out;
        Thread thread = Thread.currentThread();
        ClassLoader originalContext = thread.getContextClassLoader();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Method main = cl.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            thread.setContextClassLoader(cl);
            main.invoke(null, (Object) new String[0]);
        } finally {
            thread.setContextClassLoader(originalContext);
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
