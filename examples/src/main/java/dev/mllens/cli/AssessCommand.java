package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.Baseline;
import dev.mllens.Comparison;
import dev.mllens.MlLens;
import dev.mllens.WaiverReason;
import dev.mllens.finding.Risk;
import dev.mllens.json.LensJson;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import dev.mllens.report.TextReport;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Workload;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess a workload (a JSON file, or the bundled sample) and print the report.")
final class AssessCommand implements Callable<Integer> {

    /** Fail-on thresholds. */
    enum Threshold { HIGH, MEDIUM }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Workload JSON file.")
    Path file;

    @Option(names = "--sample", description = "Assess the bundled sample workload (card fraud detection).")
    boolean sample;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}),"
            + " or wa-answers: the AWS Well-Architected Tool's UpdateAnswer parameters, one per question.")
    Format format;

    @picocli.CommandLine.Mixin
    WaAnswersOptions wa;

    @Option(names = "--fail-on", paramLabel = "RISK",
            description = "Exit with 1 when a finding has this risk or higher: high or medium.")
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
    Path baseline;

    @Option(names = "--top", defaultValue = "10", description = "Actions listed in the text report (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (sample == (file != null)) {
            throw new ParameterException(spec.commandLine(), "give either a workload FILE or --sample");
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must not be negative, was " + top);
        }
        wa.validate(spec.commandLine(), format == Format.WA_ANSWERS);
        Workload workload = sample ? Samples.fraudDetection() : read(file, LensJson::readWorkload);
        AssessmentOptions options = options();
        Assessment assessment = MlLens.engine().assess(workload, options);
        Comparison comparison = baseline == null ? null : compare(assessment, read(baseline, LensJson::readBaseline));
        var out = spec.commandLine().getOut();
        if (format == Format.WA_ANSWERS) {
            out.println(wa.render(assessment));
        } else if (format == Format.JSON) {
            out.println(comparison == null ? LensJson.write(assessment) : LensJson.write(comparison));
        } else {
            TextReport report = TextReport.withTopActions(top);
            out.print(comparison == null ? report.render(assessment) : report.render(comparison));
        }
        out.flush();
        if (failOn != null) {
            Risk threshold = Risk.valueOf(failOn.name());
            boolean failing = comparison == null ? !assessment.findingsAtOrAbove(threshold).isEmpty()
                    : !comparison.regressionsAtOrAbove(threshold).isEmpty();
            if (failing) {
                return MlLensCli.FINDINGS_OVER_THRESHOLD;
            }
        }
        return MlLensCli.OK;
    }

    private Comparison compare(Assessment assessment, Baseline b) {
        try {
            return assessment.compareWith(b);
        } catch (IllegalArgumentException e) {
            throw new MlLensCli.UserError(baseline + ": " + e.getMessage());
        }
    }

    private AssessmentOptions options() {
        AssessmentOptions.Builder b = AssessmentOptions.builder().pillars(pillars).phases(phases);
        try {
            b.practices(practices);
            for (String w : waivers) {
                String[] parts = w.split(":", 3);
                if (parts.length < 2) {
                    throw new IllegalArgumentException("--waive expects ID:REASON[:NOTE], got '" + w + "'");
                }
                WaiverReason reason;
                try {
                    reason = WaiverReason.valueOf(parts[1].trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--waive " + w + ": reason must be one of "
                            + java.util.Arrays.toString(WaiverReason.values()));
                }
                b.waive(parts[0].trim(), reason, parts.length == 3 ? parts[2].trim() : null);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return b.build();
    }

    /** Reads a JSON file with {@code parse}; every failure becomes a one-line error naming the file. */
    static <T> T read(Path file, Function<Reader, T> parse) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(r);
        } catch (NoSuchFileException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": " + e.getMessage());
        } catch (WorkloadFormatException e) {
            throw new MlLensCli.UserError(file + ": " + e.getMessage());
        }
    }
}
