package dev.mllens.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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

/** Compiles every Java block of the README; runs the quick start and checks what it prints. */
class ReadmeExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

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

    @Test
    void quickStartCompilesAndRuns() throws Exception {
        String quickStart = javaBlocks().stream().filter(b -> b.contains("public class QuickStart")).findFirst()
                .orElseThrow(() -> new AssertionError("README has no QuickStart block"));
        compile("QuickStart", quickStart);
        String out = runMain("QuickStart");
        assertThat(out).contains("MLSEC04-BP02 NOT_APPLICABLE", "UNANSWERED=", "security findings");
    }

    @Test
    void snippetsCompile() throws Exception {
        int n = 0;
        for (String block : javaBlocks()) {
            if (block.contains(" class ")) {
                continue;
            }
            String name = "Snippet" + n++;
            compile(name, """
                    import dev.mllens.*;
                    import dev.mllens.json.*;
                    import dev.mllens.watool.*;
                    import dev.mllens.report.*;
                    import dev.mllens.workload.*;
                    import java.nio.file.*;
                    class %s {
                        void snippet() throws Exception {
                    %s
                        }
                    }
                    """.formatted(name, block));
        }
        assertThat(n).as("README snippets").isPositive();
    }

    private void compile(String className, String source) throws IOException {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, null, errors, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(rc).as("compiling " + className + ":\n" + errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    private String runMain(String className) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = cl.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
