package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the packaged {@code target/mllens.jar} holds besides the code: licences, notices, one rule base. */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "mllens.jar");
    private static final String LICENSES = "META-INF/licenses/";
    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");
    private static final Pattern SHARED_LICENCE_PATH = Pattern.compile("(META-INF/)?[^/]*(LICEN[CS]E|NOTICE)[^/]*",
            Pattern.CASE_INSENSITIVE);

    private static ZipFile jar;

    @BeforeAll
    static void open() throws IOException {
        assertThat(JAR).as("the shaded jar (built by package, before this test)").isRegularFile();
        jar = new ZipFile(JAR.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    private static String text(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names() {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    @Test
    void theProjectsOwnLicenceAndNoticeAreTheOnesAtTheUsualPlaces() throws IOException {
        assertThat(text("META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("..", "LICENSE")));
        assertThat(text("META-INF/NOTICE")).isEqualTo(Files.readString(Path.of("..", "NOTICE")));
        assertThat(names().stream().filter(n -> SHARED_LICENCE_PATH.matcher(n).matches()))
                .as("licence and notice files outside META-INF/licenses/, where one would overwrite another")
                .containsExactlyInAnyOrder("META-INF/LICENSE", "META-INF/NOTICE");
    }

    @Test
    void eachBundledComponentKeepsItsOwnLicenceAndNotice() throws IOException {
        Map<String, String> expected = Map.of(
                "drools-core/NOTICE", "Drools :: Core",
                "drools-model-compiler/NOTICE", "Drools",
                "kie-api/NOTICE", "KIE :: Public API",
                "jackson-databind/NOTICE", "Jackson",
                "jackson-core/FastDoubleParser-LICENSE", "FastDoubleParser",
                "commons-codec/NOTICE.txt", "Apache Commons Codec",
                "slf4j-api/LICENSE.txt", "QOS.ch",
                "picocli/LICENSE", "Apache License",
                "apiguardian-api/LICENSE", "Apache License");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(text(LICENSES + e.getKey())).as(e.getKey()).contains(e.getValue());
        }
        assertThat(text(LICENSES + "drools-core/LICENSE")).contains("Apache License", "Version 2.0");
    }

    @Test
    void everyBundledMavenArtifactHasALicenceFolder() {
        List<String> names = names();
        int artifacts = 0;
        for (String name : names) {
            Matcher m = POM_PROPERTIES.matcher(name);
            if (!m.matches() || m.group(1).equals("dev.mllens")) {
                continue;
            }
            artifacts++;
            String folder = LICENSES + m.group(2) + "/";
            assertThat(names).as(m.group(1) + ":" + m.group(2) + " needs a licence under " + folder)
                    .anyMatch(n -> n.startsWith(folder) && n.substring(folder.length()).startsWith("LICENSE"));
        }
        assertThat(artifacts).as("bundled artifacts found by their pom.properties").isGreaterThan(20);
    }

    /** A rebuild without {@code clean} once left every earlier build's generated rule classes in the jar. */
    @Test
    void holdsExactlyOneGeneratedRuleBase() throws IOException {
        String index = text("META-INF/kie/dev.mllens/lens-rules/drools-model");
        List<String> models = index.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(models).hasSize(1);
        String rulesClass = models.get(0).replace('.', '/') + ".class";
        Pattern generatedRoot = Pattern.compile("dev/mllens/rules/practices/(Rules|DomainClassesMetadata)\\p{XDigit}{32}\\.class");
        assertThat(names().stream().filter(n -> generatedRoot.matcher(n).matches()))
                .as("root classes of generated rule bases (the index names " + rulesClass + ")")
                .contains(rulesClass)
                .hasSize(2);
    }
}
