package dev.mllens.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.json.FactLocations;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 for code scanning: one run whose driver is mllens, one rule per practice in scope, one
 * result per finding that is NOT_MET, PARTIALLY_MET or INSUFFICIENT_EVIDENCE, located at the line of
 * the fact the finding names. JSON escaping (Jackson) makes every string safe; values are also cut.
 */
final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** Values a fact holds when a check found it absent; the first such fact is the one a gap is about. */
    private static final Set<String> ABSENT = Set.of("false", "attested no", "none", "NONE");

    private SarifReport() {
    }

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Artifact> artifacts, List<Result> results) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, String informationUri, List<Rule> rules) {
    }

    record Rule(String id, String name, Text shortDescription, Text fullDescription, String helpUri, Text help,
            Configuration defaultConfiguration, Map<String, Object> properties) {
    }

    record Configuration(String level) {
    }

    record Text(String text) {
    }

    record Artifact(ArtifactLocation location) {
    }

    record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations,
            Map<String, Object> properties) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    record ArtifactLocation(String uri, Integer index) {
    }

    record Region(int startLine, int startColumn) {
    }

    static String render(Assessment a, WorkloadFile file) {
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Finding f : a.findings()) {
            ruleIndex.put(f.bestPracticeId(), rules.size());
            rules.add(rule(Lens.catalog().require(f.bestPracticeId())));
        }
        List<Result> results = a.findings().stream().filter(Finding::needsAction)
                .map(f -> result(f, ruleIndex.get(f.bestPracticeId()), file)).toList();
        Driver driver = new Driver("mllens", MlLens.version(), BestPractice.DOCUMENTATION_BASE, rules);
        Run run = new Run(new Tool(driver), List.of(new Artifact(new ArtifactLocation(file.uri(), null))), results);
        return MAPPER.writeValueAsString(new Log(SCHEMA, "2.1.0", List.of(run))) + "\n";
    }

    private static Rule rule(BestPractice p) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pillar", p.pillar().name());
        properties.put("phase", p.phase().name());
        properties.put("questionId", p.questionId());
        properties.put("risk", p.risk().name());
        properties.put("tags", List.of("well-architected", "ml-lens", p.pillar().displayName(), p.phase().displayName()));
        String summary = p.summary().isBlank() ? p.title() : p.summary();
        String steps = p.improvementSteps().stream().map(step -> "- " + step).collect(Collectors.joining("\n"));
        return new Rule(p.id(), pascalCase(p.title()), new Text(p.title()), new Text(summary), p.documentationUrl(),
                new Text(steps.isEmpty() ? summary : summary + "\n\nSteps:\n" + steps),
                new Configuration(p.risk() == dev.mllens.lens.RiskLevel.HIGH ? "error" : "warning"), properties);
    }

    private static Result result(Finding f, int index, WorkloadFile file) {
        String level = f.risk() == Risk.HIGH ? "error" : f.risk() == Risk.MEDIUM ? "warning" : "note";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("status", f.status().name());
        properties.put("risk", f.risk().name());
        return new Result(f.bestPracticeId(), index, level, new Text(message(f)), List.of(location(f, file)), properties);
    }

    /** The gaps of the finding, or for an undecided one what to state. */
    private static String message(Finding f) {
        StringBuilder s = new StringBuilder(f.bestPracticeId()).append(' ').append(f.title()).append(": ").append(f.status())
                .append(" (").append(f.risk()).append(" risk).");
        if (f.status() == Status.INSUFFICIENT_EVIDENCE) {
            for (Missing m : f.missing()) {
                s.append(" To decide, state ").append(SafeText.cut(m.fact(), SafeText.QUOTE_LIMIT)).append(": ")
                        .append(sentence(SafeText.cut(m.question(), SafeText.VALUE_LIMIT)));
            }
        } else {
            f.gapTexts().forEach(g -> s.append(' ').append(sentence(SafeText.cut(g, SafeText.VALUE_LIMIT))));
        }
        return SafeText.cut(s.toString(), 8 * SafeText.VALUE_LIMIT);
    }

    private static String sentence(String s) {
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("]") ? s : s + ".";
    }

    /**
     * The line of the fact the finding is about: for a gap the first fact stated absent, else its first
     * fact the file states; for an undecided finding, the nearest enclosing object of what to state.
     */
    private static Location location(Finding f, WorkloadFile file) {
        ArtifactLocation artifact = new ArtifactLocation(file.uri(), 0);
        FactLocations where = file.locations();
        if (where.isEmpty()) {
            return new Location(new PhysicalLocation(artifact, null));
        }
        FactLocations.Position at = null;
        if (f.status() != Status.INSUFFICIENT_EVIDENCE) {
            // context facts decide whether a check applies; the gap is rarely about them
            at = first(f.evidence().stream().filter(e -> ABSENT.contains(e.text()) && !e.fact().startsWith("context.")), where)
                    .or(() -> first(f.evidence().stream().filter(e -> ABSENT.contains(e.text())), where))
                    .or(() -> first(f.evidence().stream(), where))
                    .orElse(null);
        }
        if (at == null) {
            String fact = !f.missing().isEmpty() ? f.missing().get(0).fact()
                    : f.evidence().isEmpty() ? "" : f.evidence().get(0).fact();
            at = where.locate(fact);
        }
        return new Location(new PhysicalLocation(artifact, new Region(at.line(), at.column())));
    }

    private static Optional<FactLocations.Position> first(Stream<Evidence> facts, FactLocations where) {
        return facts.map(Evidence::fact).map(where::exact).flatMap(Optional::stream).findFirst();
    }

    /** {@code DevelopTheRightSkills} for "Develop the right skills": SARIF's readable rule name. */
    static String pascalCase(String title) {
        StringBuilder s = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return s.toString();
    }
}
