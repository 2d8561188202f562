package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.json.ReadLimits;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.samples.Samples;
import dev.mllens.watool.Reconciliation;
import dev.mllens.watool.ReconciliationReport;
import dev.mllens.watool.Review;
import dev.mllens.watool.ReviewFormatException;
import dev.mllens.watool.WaTool;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Compare a review made in the AWS Well-Architected Tool (list-answers / get-answer output)"
                + " with the evidence of a workload, practice by practice.")
final class ReconcileCommand implements Callable<Integer> {

    /** Output formats of the comparison. */
    enum Output { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @ParentCommand
    MlLensCli cli;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Workload file: JSON, or YAML (.yaml, .yml); - reads standard input.")
    String file;

    @Option(names = "--sample", description = "Use the bundled sample workload (card fraud detection).")
    boolean sample;

    @Option(names = "--wa-answers", required = true, paramLabel = "ANSWERS",
            description = "The review: output of 'aws wellarchitected list-answers' (pages one after another or in an"
                    + " array) and/or 'get-answer'.")
    String answers;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    Output format;

    @Option(names = "--fail-on", split = ",", paramLabel = "KIND",
            description = "Exit with 1 when a practice is of one of these kinds, e.g. contradicted or"
                    + " contradicted,partly_contradicted,applies.")
    List<Reconciliation.Kind> failOn = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ReadLimitOptions limitOptions;

    @Override
    public Integer call() {
        if (sample == (file != null)) {
            throw new ParameterException(spec.commandLine(), "give either a workload FILE or --sample");
        }
        if ("-".equals(file) && "-".equals(answers)) {
            throw new ParameterException(spec.commandLine(), "standard input can hold the workload or the answers, not both");
        }
        ReadLimits limits = limitOptions.limits(spec.commandLine());
        Workload workload = sample ? Samples.fraudDetection() : workload(Documents.read(file, cli.stdin(), limits), limits);
        Documents.Document answersDoc = Documents.read(answers, cli.stdin(), limits);
        Review review;
        try {
            review = WaTool.readAnswers(answersDoc.text());
        } catch (ReviewFormatException e) {
            throw new MlLensCli.UserError(answersDoc.name() + ": " + e.getMessage());
        }
        Assessment assessment = MlLens.engine().assess(workload);
        Reconciliation r = Reconciliation.of(assessment, review);
        var out = spec.commandLine().getOut();
        out.print(format == Output.JSON ? ReconciliationReport.json(r) + "\n" : ReconciliationReport.text(r));
        out.flush();
        return !failOn.isEmpty() && r.has(EnumSet.copyOf(failOn)) ? MlLensCli.FINDINGS_OVER_THRESHOLD : MlLensCli.OK;
    }

    private static Workload workload(Documents.Document doc, ReadLimits limits) {
        try {
            return LensJson.readWorkload(doc.text(), DocumentSyntax.of(doc.name(), doc.text()), limits);
        } catch (WorkloadFormatException e) {
            throw new MlLensCli.UserError(doc.name() + ": " + e.getMessage());
        }
    }
}
