import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step of lens-rules (run by the pom in generate-resources; not part of any jar): writes the DRL the
 * engine is compiled from, in which the rules of all practice files that match the same conditions become
 * one rule. Most rules match one section ({@code $e : Environment()}), so 666 rules in 105 files become
 * about 170, and an assessment fires each shared condition once instead of once per check: in the
 * performance issue's experiment that alone took a third off the time of an assessment.
 *
 * <p>Each practice keeps its own file, which is what people read, review and test; nothing here changes a
 * rule's meaning. A shared rule declares its parts in its metadata, one per original rule, with the
 * original's name and metadata under numbered keys:
 * <pre>
 * rule "shared 7 (3 rules)"
 *     &#64;index("41") &#64;parts("3")
 *     &#64;rule_0("MLSEC03-BP01 persona-based roles") &#64;core_0("S1")
 *     ...
 * when
 *     $e : Environment()              // the conditions, as the first of them wrote them
 * then
 *     if (Emit.part(drools, 41, 0)) { // the evaluation attributes what follows to part 0, if it is in scope
 *         ...the original consequence...
 *     }
 *     ...
 * end
 * </pre>
 * A rule of its own conditions keeps its name, metadata, conditions and consequence, the consequence run
 * as its one part ({@code Emit.part(drools, 12, 0)}). Every compiled rule is numbered ({@code @index}), and
 * its consequence names its number, so that the evaluation finds what a firing rule stands for in an array
 * rather than by hashing the rule's name or identity on every firing, which profiles showed at a tenth of
 * an assessment.
 * Conditions are the same when their text is, once comments are removed and white space collapsed: a
 * binding named differently is another condition. Anything in a rule file this step does not understand
 * fails the build, naming the file and line.
 *
 * <p>Usage: {@code java RuleMerger <resources directory> <KIE project directory>}: reads the rule files in
 * {@code dev/mllens/rules/practices} of the resources and writes a KIE project for kie-maven-plugin, the
 * resources' {@code META-INF/kmodule.xml} and the merged {@code Practices.drl}, under
 * {@code src/main/resources} of the project directory.
 */
public final class RuleMerger {

    static final String PACKAGE = "dev.mllens.rules.practices";
    static final String RULES = PACKAGE.replace('.', '/');
    private static final Pattern RULE = Pattern.compile("rule \"([^\"\\\\]+)\"\\s*");
    private static final Pattern RETURN = Pattern.compile("\\breturn\\b");
    private static final Pattern META = Pattern.compile("\\s*@(\\w+)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    /** One rule of a practice file: its name, metadata (raw DRL strings), conditions and consequence. */
    record SourceRule(String name, Map<String, String> metadata, List<String> when, List<String> then, String where) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleMerger <resources directory> <KIE project directory>");
        }
        Path resources = Path.of(args[0]);
        Path project = Path.of(args[1]).resolve("src/main/resources");
        Map<String, String> imports = new TreeMap<>();
        List<SourceRule> rules = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(resources.resolve(RULES))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no rule files in " + resources.resolve(RULES));
        }
        for (Path file : files) {
            read(file, imports, rules);
        }
        Path out = project.resolve(RULES).resolve("Practices.drl");
        Files.createDirectories(out.getParent());
        Files.writeString(out, merged(imports, rules), StandardCharsets.UTF_8);
        Path kmodule = project.resolve("META-INF/kmodule.xml");
        Files.createDirectories(kmodule.getParent());
        Files.copy(resources.resolve("META-INF/kmodule.xml"), kmodule, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("RuleMerger: " + rules.size() + " rules of " + files.size() + " files written as "
                + groups(rules).size() + " rules to " + out);
    }

    /** Reads one practice file; the imports of all files are gathered, and must not disagree on a name. */
    static void read(Path file, Map<String, String> imports, List<SourceRule> rules) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            String where = file.getFileName() + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("//")) {
                i++;
            } else if (line.startsWith("package ")) {
                if (!line.equals("package " + PACKAGE + ";")) {
                    throw new IllegalStateException(where + ": rule files are in package " + PACKAGE + ", not " + line);
                }
                i++;
            } else if (line.startsWith("import ")) {
                String previous = imports.put(simpleName(line, where), line);
                if (previous != null && !previous.equals(line)) {
                    throw new IllegalStateException(where + ": '" + line + "' and another file's '" + previous
                            + "' import the same name; the merged rules need one meaning for it");
                }
                i++;
            } else if (lines.get(i).startsWith("rule ")) {
                i = rule(file, lines, i, rules);
            } else {
                throw new IllegalStateException(where + ": expected a package, an import or a rule, found '" + line + "'");
            }
        }
    }

    private static String simpleName(String importLine, String where) {
        String target = importLine.substring("import ".length(), importLine.length() - (importLine.endsWith(";") ? 1 : 0)).strip();
        if (!importLine.endsWith(";")) {
            throw new IllegalStateException(where + ": an import ends with ';'");
        }
        // a static import of everything is its own key: two of them of different classes do not conflict
        return target.endsWith(".*") ? target : target.substring(target.lastIndexOf('.') + 1);
    }

    /** Reads the rule starting at line {@code start}; returns the line after its {@code end}. */
    private static int rule(Path file, List<String> lines, int start, List<SourceRule> rules) {
        String where = file.getFileName() + ":" + (start + 1);
        Matcher name = RULE.matcher(lines.get(start));
        if (!name.matches()) {
            throw new IllegalStateException(where + ": a rule line is 'rule \"<name>\"' alone, found '" + lines.get(start) + "'");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        int i = start + 1;
        for (; i < lines.size() && !lines.get(i).strip().equals("when"); i++) {
            String text = lines.get(i);
            Matcher m = META.matcher(text);
            int at = 0;
            while (m.find() && m.start() == at) {
                if (metadata.put(m.group(1), m.group(2)) != null) {
                    throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": @" + m.group(1) + " given twice");
                }
                at = m.end();
            }
            if (!text.substring(at).isBlank()) {
                throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": between a rule's name and 'when' only @key(\"value\") "
                        + "metadata is understood, found '" + text.substring(at).strip() + "'");
            }
        }
        List<String> when = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("then"); i++) {
            when.add(lines.get(i));
        }
        List<String> then = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).stripTrailing().equals("end"); i++) {
            // a consequence becomes one block of a shared rule: its return would skip the parts after it
            if (RETURN.matcher(withoutStrings(withoutComment(lines.get(i)))).find()) {
                throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": a consequence may not 'return' "
                        + "(it runs as one part of a shared rule, and would end the parts after it too)");
            }
            then.add(lines.get(i));
        }
        if (i >= lines.size()) {
            throw new IllegalStateException(where + ": rule \"" + name.group(1) + "\" has no 'when', 'then' and 'end' (each alone on its line)");
        }
        rules.add(new SourceRule(name.group(1), metadata, when, then, where));
        return i + 1;
    }

    /** The rules grouped by their conditions, in the order the first of each appears. */
    static List<List<SourceRule>> groups(List<SourceRule> rules) {
        Map<String, List<SourceRule>> byConditions = new LinkedHashMap<>();
        for (SourceRule r : rules) {
            byConditions.computeIfAbsent(conditions(r.when()), k -> new ArrayList<>()).add(r);
        }
        return List.copyOf(byConditions.values());
    }

    /** The conditions' text without comments, its white space collapsed. */
    static String conditions(List<String> when) {
        StringBuilder text = new StringBuilder();
        for (String line : when) {
            text.append(withoutComment(line)).append(' ');
        }
        return String.join(" ", text.toString().strip().split("\\s+"));
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    static String merged(Map<String, String> imports, List<SourceRule> rules) {
        StringBuilder drl = new StringBuilder();
        drl.append("// Generated by lens-rules/src/build/RuleMerger.java from the practice rule files: do not edit.\n");
        drl.append("// Rules of the same conditions share one rule here; see that file for why and how.\n");
        drl.append("package ").append(PACKAGE).append(";\n\n");
        new TreeSet<>(imports.values()).forEach(line -> drl.append(line).append('\n'));
        drl.append("import dev.mllens.rules.internal.Emit;\n");
        int shared = 0;
        int index = 0;
        for (List<SourceRule> group : groups(rules)) {
            drl.append('\n');
            if (group.size() == 1) {
                SourceRule r = group.get(0);
                drl.append("// ").append(r.where()).append('\n');
                drl.append("rule \"").append(r.name()).append("\"\n");
                drl.append("    @index(\"").append(index).append("\")\n");
                r.metadata().forEach((k, v) -> drl.append("    @").append(k).append("(\"").append(v).append("\")\n"));
                drl.append("when\n");
                r.when().forEach(line -> drl.append(line).append('\n'));
                drl.append("then\n");
                part(drl, index++, 0, r);
                drl.append("end\n");
                continue;
            }
            drl.append("rule \"shared ").append(++shared).append(" (").append(group.size()).append(" rules)\"\n");
            drl.append("    @index(\"").append(index).append("\") @parts(\"").append(group.size()).append("\")\n");
            for (int k = 0; k < group.size(); k++) {
                SourceRule r = group.get(k);
                drl.append("    @rule_").append(k).append("(\"").append(r.name()).append("\")");
                for (Map.Entry<String, String> m : r.metadata().entrySet()) {
                    drl.append(" @").append(m.getKey()).append('_').append(k).append("(\"").append(m.getValue()).append("\")");
                }
                drl.append('\n');
            }
            drl.append("when\n");
            group.get(0).when().forEach(line -> drl.append(line).append('\n'));
            drl.append("then\n");
            for (int k = 0; k < group.size(); k++) {
                part(drl, index, k, group.get(k));
            }
            index++;
            drl.append("end\n");
        }
        return drl.toString();
    }

    /** Part {@code k} of the consequence of compiled rule {@code index}: the original consequence, run if in scope. */
    private static void part(StringBuilder drl, int index, int k, SourceRule r) {
        drl.append("    if (Emit.part(drools, ").append(index).append(", ").append(k).append(")) { // ")
                .append(r.where()).append('\n');
        r.then().forEach(line -> drl.append("    ").append(line).append('\n'));
        drl.append("    }\n");
    }
}
