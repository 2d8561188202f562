package dev.mllens.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.lens.Applicability;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** A rule: its name, what stands between the name and {@code when} (metadata), and its body. */
    private static final Pattern RULE = Pattern.compile(
            "^rule \"([^\"]+)\"[ \\t]*\\n(.*?)^when[ \\t]*\\n(.*?)^end[ \\t]*$", Pattern.MULTILINE | Pattern.DOTALL);
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

    /**
     * The engine runs the DRL the build merges from these files (lens-rules/src/build/RuleMerger.java): it
     * must stand for every rule written here, each once, and share the rules of the same conditions.
     */
    @Test
    void theCompiledRulesStandForEveryRuleOfTheFilesAndShareTheirConditions() throws IOException {
        Set<String> written = new TreeSet<>();
        for (Path f : practiceFiles()) {
            Matcher rule = RULE.matcher(Files.readString(f));
            while (rule.find()) {
                assertThat(written.add(rule.group(1))).as("rule name '" + rule.group(1) + "' is unique").isTrue();
            }
        }
        assertThat(BASE.sourceRules()).isEqualTo(written);
        assertThat(BASE.compiledRules()).as("rules that match the same conditions share one compiled rule")
                .isLessThan(written.size() / 3);
    }

    @Test
    void headersNameThePracticeAndEveryRuleDeclaresWhatItConcludes() throws IOException {
        for (Path f : practiceFiles()) {
            String id = f.getFileName().toString().replace(".drl", "");
            BestPractice p = Lens.catalog().require(id);
            String source = Files.readString(f);
            assertThat(source.lines().findFirst().orElse("")).as(f + " first line").isEqualTo("// " + id + " " + p.title());
            assertThat(source).as(f + " package").contains("package dev.mllens.rules.practices;");
            Matcher rule = RULE.matcher(source);
            int rules = 0;
            while (rule.find()) {
                rules++;
                String name = rule.group(1);
                String head = rule.group(2);
                String body = rule.group(3);
                assertThat(name).as(f + " rule name").startsWith(id + " ");
                assertThat(head).as(f + " " + name + ": practice rules need no salience").doesNotContain("salience");
                if (!head.contains("@core(") && !head.contains("@supporting(")) {
                    assertThat(body).as(f + " " + name + " declares no check, so it may only insert NotApplicable")
                            .contains("new NotApplicable(").doesNotContain("Check.");
                }
                assertThat(body).as(f + " " + name + ": facts are cited through typed handles, never by a path string")
                        .doesNotContain(".fact(\"").doesNotContain(".requires(\"").doesNotContain(".requiresAttested(\"");
            }
            assertThat(rules).as(f + " rules").isPositive();
            assertThat(source).as(f + " has a core check").contains("@core(");
        }
    }

    /** A pattern over an entity list; what follows the match is its constraints, up to the matching parenthesis. */
    private static final Pattern ENTITY_PATTERN = Pattern.compile("(?:(\\$\\w+)\\s*:\\s*)?\\b(not|exists)?\\s*\\b(Dataset|Model|Endpoint)\\s*\\(");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");

    /**
     * Issue 9: the cost of an assessment grows with the number of entities, never with its square. No rule
     * joins an entity with the others (a constraint naming a variable bound by another entity pattern,
     * {@code this != $e}, {@code modelIds contains $id}), accumulates over entities, or matches two entities
     * at once (a {@code collect} of one kind counts as matching it); what a rule needs to know about the others is counted once in Java ({@code EntityIndex}).
     */
    @Test
    void noRuleRelatesEntitiesPairwise() throws IOException {
        for (Path f : practiceFiles()) {
            Matcher rule = RULE.matcher(Files.readString(f));
            while (rule.find()) {
                String body = rule.group(3);
                String when = body.substring(0, Math.max(0, body.indexOf("\nthen")));
                String name = f.getFileName() + " " + rule.group(1);
                // collecting every entity of one kind once (a rule that matches no other entity) stays linear; an
                // accumulate, or a collect joined with another entity, is caught below or here
                assertThat(when).as(name + ": accumulates over facts").doesNotContain("accumulate");
                List<String> entityVariables = new java.util.ArrayList<>();
                int matched = 0;
                Matcher p = ENTITY_PATTERN.matcher(when);
                while (p.find()) {
                    String constraints = constraints(when, p.end());
                    for (String v : entityVariables) {
                        assertThat(constraints).as(name + ": an entity pattern refers to " + v + ", bound by another entity")
                                .doesNotContainPattern(Pattern.quote(v) + "\\b");
                    }
                    if (p.group(2) == null) {
                        matched++;
                        if (p.group(1) != null) {
                            entityVariables.add(p.group(1));
                        }
                        Matcher b = BINDING.matcher(constraints);
                        while (b.find()) {
                            entityVariables.add(b.group(1));
                        }
                    }
                }
                assertThat(matched).as(name + ": matches two entities at once").isLessThanOrEqualTo(1);
            }
        }
    }

    /** The text of a pattern's constraints: from {@code start}, just after its opening parenthesis, to the matching one. */
    private static String constraints(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return text.substring(start, i);
            }
        }
        throw new IllegalStateException("unbalanced parentheses in: " + text);
    }

    /** The derived workload conditions a rule can match while undecided, and the declared condition that covers each. */
    private static final Map<String, Applicability> WORKLOAD_CONDITIONS = Map.of(
            "InProduction", Applicability.MODEL_DEPLOYED, "ModelTraining", Applicability.TRAINS_MODELS,
            "Hosting", Applicability.HOSTED_ENDPOINT, "DataProcessing", Applicability.PREPARES_DATA);
    private static final Pattern UNDECIDED_GATE = Pattern.compile("\\b(InProduction|ModelTraining|Hosting|DataProcessing)\\(\\s*\\w+\\s*!=\\s*false");

    @Test
    void checksGatedOnAnUndecidedWorkloadConditionAreJudgedAsIfItHeldAndAskWhatDecidesIt() throws IOException {
        // WRITING-RULES.md: a check that can fail while its gating condition is undecided ends with judgedAsIf,
        // unless the practice declares that condition in the catalog (then the engine asks for it)
        for (Path f : practiceFiles()) {
            BestPractice p = Lens.catalog().require(f.getFileName().toString().replace(".drl", ""));
            Matcher rule = RULE.matcher(Files.readString(f));
            while (rule.find()) {
                String[] parts = rule.group(3).split("(?m)^then[ \\t]*$", 2);
                String consequence = parts.length > 1 ? parts[1] : "";
                boolean canFail = consequence.contains(".verdict(") || consequence.contains(".requires(")
                        || consequence.contains(".requiresAttested(");
                Matcher gate = UNDECIDED_GATE.matcher(parts[0]);
                while (canFail && gate.find()) {
                    if (!p.appliesWhen().contains(WORKLOAD_CONDITIONS.get(gate.group(1)))) {
                        assertThat(consequence).as(f + " " + rule.group(1) + " matches " + gate.group(1) + " while undecided")
                                .contains(".judgedAsIf(");
                    }
                }
            }
        }
    }

    @Test
    void sentencesMadeFromTheFactsAreMadeOnlyWhenReported() throws IOException {
        // most checks pass, so a gap (or a question) built from the facts is built lazily: .gap(() -> "..." + x)
        List<String> eager = new ArrayList<>();
        int lazy = 0;
        for (Path file : practiceFiles()) {
            String text = Files.readString(file);
            Matcher m = SENTENCE.matcher(text);
            while (m.find()) {
                int close = closing(text, m.end());
                String args = text.substring(m.end(), close);
                String sentence = args.substring(lastTopLevelComma(args) + 1).strip();
                if (sentence.startsWith("() ->")) {
                    lazy++;
                } else if (builtFromFacts(sentence)) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    eager.add(file.getFileName() + ":" + line + " ." + m.group(1) + "(" + sentence + ")");
                }
            }
        }
        assertThat(eager).as("sentences built eagerly: write .gap(() -> ...) / .ask(() -> ...)").isEmpty();
        assertThat(lazy).as("lazy sentences found (the scan works)").isGreaterThan(200);
    }

    private static final Pattern SENTENCE = Pattern.compile("\\.(gap|ask)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");

    /** Whether a sentence is computed (a concatenation or a call), not a literal or a variable made already. */
    private static boolean builtFromFacts(String sentence) {
        if (sentence.matches("[A-Za-z_$][\\w$]*")) {
            return false;
        }
        String code = LITERAL.matcher(sentence).replaceAll("");
        return code.replace("+", "").strip().length() > 0 && (code.contains("+") || code.contains("("));
    }

    /** The index of the parenthesis closing the one just before {@code from}, skipping string literals. */
    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i = next(text, i)) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced parentheses after " + from);
    }

    /** The index of the last comma outside parentheses and literals, or -1. */
    private static int lastTopLevelComma(String args) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < args.length(); i = next(args, i)) {
            char c = args.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                last = i;
            }
        }
        return last;
    }

    /** The index after the character at {@code i}, or after the whole string literal that starts there. */
    private static int next(String text, int i) {
        if (text.charAt(i) != '"') {
            return i + 1;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j + 1;
            }
        }
        return text.length();
    }

    @Test
    void derivedFactsAreJavaNotRuleFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("ML")))
                    .as("derived facts are computed in Java (DerivedFacts), not in DRL").isEmpty();
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
