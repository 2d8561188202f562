package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The conventions of {@code WRITING-RULES.md}, checked on the rule sources so that a newcomer finds any
 * practice's rule, header and tests by its id, and every rule traces to its practice and steps.
 */
class RuleFilesTest {

    private static final Path RULES = Path.of("src/main/resources/dev/mllens/rules/practices");
    private static final Path TESTS = Path.of("src/test/java/dev/mllens/rules/practices");
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern CONCLUSION = Pattern.compile(
            "(?:Check\\.(?:core|supporting)\\(|new NotApplicable\\()\\s*\"([^\"]+)\"(?:,\\s*(\\d+))?");
    private static final RuleBase BASE = RuleBase.load();

    @AfterAll
    static void close() {
        BASE.close();
    }

    private static List<Path> practiceFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ML")).sorted().toList();
        }
    }

    @Test
    void everyPracticeFileIsNamedByALensIdAndHasRulesInTheKieBase() throws IOException {
        Set<String> fileIds = new TreeSet<>();
        for (Path f : practiceFiles()) {
            String id = f.getFileName().toString().replace(".drl", "");
            assertThat(Lens.catalog().practice(id)).as(f + " names a lens practice").isPresent();
            fileIds.add(id);
        }
        assertThat(BASE.practicesWithRules()).isEqualTo(fileIds);
    }

    @Test
    void headersNameThePracticeAndConclusionsStayInTheirFile() throws IOException {
        for (Path f : practiceFiles()) {
            String id = f.getFileName().toString().replace(".drl", "");
            BestPractice p = Lens.catalog().require(id);
            String source = Files.readString(f);
            assertThat(source.lines().findFirst().orElse("")).as(f + " first line").isEqualTo("// " + id + " " + p.title());
            assertThat(source).as(f + " package").contains("package dev.mllens.rules.practices;");
            Matcher names = RULE_NAME.matcher(source);
            int rules = 0;
            while (names.find()) {
                rules++;
                assertThat(names.group(1)).as(f + " rule name").startsWith(id + " ");
            }
            assertThat(rules).as(f + " rules").isPositive();
            Matcher c = CONCLUSION.matcher(source);
            int conclusions = 0;
            while (c.find()) {
                conclusions++;
                assertThat(c.group(1)).as(f + " concludes only about its own practice").isEqualTo(id);
                if (c.group(2) != null) {
                    int step = Integer.parseInt(c.group(2));
                    assertThat(step).as(f + " cites an existing improvement step").isBetween(1, p.improvementSteps().size());
                }
            }
            assertThat(conclusions).as(f + " conclusions").isPositive();
            assertThat(source).as(f + " has a core check").contains("Check.core(");
        }
    }

    @Test
    void derivationsFireFirstAndAreNamedDerive() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("derived-")).toList()) {
                String source = Files.readString(f);
                Matcher names = RULE_NAME.matcher(source);
                while (names.find()) {
                    assertThat(names.group(1)).as(f + " rule name").startsWith("derive ");
                    String afterName = source.substring(names.end(), source.indexOf("when", names.end()));
                    assertThat(afterName).as(f + " " + names.group(1) + " salience").contains("salience 100");
                }
            }
        }
    }

    @Test
    void everyPracticeWithRulesHasATestClass() throws IOException {
        for (Path f : practiceFiles()) {
            String id = f.getFileName().toString().replace(".drl", "");
            Path test = TESTS.resolve(id.replace('-', '_') + "Test.java");
            assertThat(test).as("test class of " + id).exists();
            String source = Files.readString(test);
            long tests = source.lines().filter(l -> l.strip().equals("@Test")).count();
            assertThat(tests).as(test + " tests").isGreaterThanOrEqualTo(4);
        }
    }
}
