package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.Gate;
import dev.mllens.MlLens;
import dev.mllens.Threshold;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.FactLocations;
import dev.mllens.json.LensJson;
import dev.mllens.json.LocatedWorkload;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.report.WorkloadFile;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a workload (a JSON or YAML file, standard input, or the bundled sample) and write its reports.")
final class AssessCommand implements Callable<Integer> {

    /** The file name the bundled sample goes by in reports that point into a file. */
    static final String SAMPLE_FILE = "fraud-detection.json";

    @Spec
    CommandSpec spec;

    @ParentCommand
    MlLensCli cli;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "Workload file: JSON, or YAML (.yaml, .yml); - reads standard input.")
    String file;

    @Option(names = "--sample", description = "Assess the bundled sample workload (card fraud detection).")
    boolean sample;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report format: text (default), json, markdown, html, sarif or junit, or wa-answers (the AWS"
                    + " Well-Architected Tool's UpdateAnswer parameters, one per question). Repeat it for several"
                    + " reports in one run; several need --output-dir.")
    List<Format> formats = new ArrayList<>();

    @picocli.CommandLine.Mixin
    WaAnswersOptions wa;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the one report to FILE instead of standard output.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write each report to DIR: mllens.txt, mllens.json, mllens.md, mllens.html, mllens.sarif,"
                    + " mllens.junit.xml, mllens.wa-answers.json.")
    Path outputDir;

    @Option(names = "--fail-on", paramLabel = "RISK",
            description = "Exit with 1 when a finding has this risk or higher: high, medium, or unanswered (which also fails"
                    + " on undecided findings); and when no practice in scope was decided.")
    Threshold failOn;

    @Option(names = "--pillar", split = ",", paramLabel = "PILLAR", description = "Only these pillars, e.g. SECURITY,RELIABILITY.")
    List<Pillar> pillars = new ArrayList<>();

    @Option(names = "--phase", split = ",", paramLabel = "PHASE", description = "Only these lifecycle phases, e.g. DEPLOYMENT.")
    List<Phase> phases = new ArrayList<>();

    @Option(names = "--practice", split = ",", paramLabel = "ID", description = "Only these practices, e.g. MLSEC03-BP02.")
    List<String> practices = new ArrayList<>();

    @Option(names = "--waive", paramLabel = "ID:REASON[:NOTE]",
            description = "Mark a practice not applicable; REASON is OUT_OF_SCOPE, BUSINESS_PRIORITIES, ARCHITECTURE_CONSTRAINTS or OTHER.")
    List<String> waivers = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "REPORT",
            description = "A saved JSON report (assess --format json) to compare with: the report shows what is new, worse"
                    + " or better, and --fail-on counts only findings that are new or worse than in it.")
    String baseline;

    @Option(names = "--top", defaultValue = "10", description = "Actions listed in the text report (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (sample == (file != null)) {
            throw usage("give either a workload FILE (- for standard input) or --sample");
        }
        if (top < 0) {
            throw usage("--top must not be negative, was " + top);
        }
        if ("-".equals(file) && "-".equals(baseline)) {
            throw usage("standard input can hold the workload or the baseline, not both");
        }
        List<Format> chosen = formats();
        Map<Format, Path> targets = targets(chosen);
        wa.validate(spec.commandLine(), chosen.contains(Format.WA_ANSWERS));
        Gate gate = failOn == null ? null : Gate.failOn(failOn);
        AssessmentOptions options = options();

        boolean locate = chosen.stream().anyMatch(Format::needsLocations);
        Documents.Document doc = sample ? new Documents.Document(SAMPLE_FILE, Samples.fraudDetectionJson())
                : Documents.read(file, cli.stdin());
        LocatedWorkload input = parse(doc, text -> {
            DocumentSyntax syntax = DocumentSyntax.of(doc.name(), text);
            return locate ? LensJson.readLocated(text, syntax)
                    : new LocatedWorkload(LensJson.readWorkload(text, syntax), FactLocations.none());
        });
        Assessment assessment = MlLens.engine().assess(input.workload(), options);
        if (gate != null && assessment.findings().isEmpty()) {
            throw usage("--fail-on: no practice is in scope (see --pillar, --phase and --practice), so the gate would check nothing");
        }
        Comparison comparison = baseline == null ? null : compare(assessment);
        Rendering rendering = new Rendering(assessment, comparison, new WorkloadFile(uri(doc.name()), input.locations()),
                gate, top, wa);

        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<Format, Path> target : targets.entrySet()) {
            String report = target.getKey().render(rendering);
            if (target.getValue() == null) {
                out.print(report);
                out.flush();
            } else {
                write(target.getValue(), report);
            }
        }
        // the reports are written, the failed practices marked in them; then the fault is reported as such
        assessment.requireComplete();
        if (gate != null) {
            Gate.Verdict verdict = comparison == null ? gate.evaluate(assessment) : gate.evaluate(comparison);
            if (!verdict.passed()) {
                MlLensCli.printError(spec.commandLine().getErr(), "gate failed: " + verdict.summary());
                return MlLensCli.FINDINGS_OVER_THRESHOLD;
            }
        }
        return MlLensCli.OK;
    }

    /** The formats asked for, text when none; each at most once. */
    private List<Format> formats() {
        if (formats.isEmpty()) {
            return List.of(Format.TEXT);
        }
        EnumSet<Format> seen = EnumSet.noneOf(Format.class);
        for (Format f : formats) {
            if (!seen.add(f)) {
                throw usage("--format " + f.toString().toLowerCase(Locale.ROOT) + " is given twice");
            }
        }
        return List.copyOf(formats);
    }

    /** Where each report goes: standard output (null), --output, or its own file under --output-dir. */
    private Map<Format, Path> targets(List<Format> chosen) {
        if (output != null && outputDir != null) {
            throw usage("give --output FILE for one report or --output-dir DIR for several, not both");
        }
        Map<Format, Path> targets = new LinkedHashMap<>();
        if (outputDir != null) {
            chosen.forEach(f -> targets.put(f, outputDir.resolve(f.fileName())));
            return targets;
        }
        if (chosen.size() > 1) {
            throw usage("several --format values need --output-dir DIR, where each report gets its own file");
        }
        targets.put(chosen.get(0), output);
        return targets;
    }

    private void write(Path target, String report) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                w.write(report);
            }
        } catch (IOException e) {
            throw new MlLensCli.UserError("cannot write " + target + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way";
        }
        return String.valueOf(e.getMessage());
    }

    private Comparison compare(Assessment assessment) {
        Documents.Document doc = Documents.read(baseline, cli.stdin());
        Baseline b = parse(doc, LensJson::readBaseline);
        try {
            return assessment.compareWith(b);
        } catch (IllegalArgumentException e) {
            throw new MlLensCli.UserError(doc.name() + ": " + e.getMessage());
        }
    }

    /** Parses a document; a format error becomes one line naming the file. */
    private static <T> T parse(Documents.Document doc, Function<String, T> parse) {
        try {
            return parse.apply(doc.text());
        } catch (WorkloadFormatException e) {
            throw new MlLensCli.UserError(doc.name() + ": " + e.getMessage());
        }
    }

    /** The file as a URI reference for SARIF: relative paths stay relative (code scanning resolves them in the repository). */
    static String uri(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        try {
            if (Path.of(name).isAbsolute()) {
                return Path.of(name).toUri().toString();
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Documents.STDIN;
        }
    }

    private AssessmentOptions options() {
        AssessmentOptions.Builder b = AssessmentOptions.builder().pillars(pillars).phases(phases);
        try {
            b.practices(practices);
            for (String w : waivers) {
                b.waive(WaiverText.parse(w, "--waive"));
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return b.build();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
