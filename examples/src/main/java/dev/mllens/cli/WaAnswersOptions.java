package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.watool.UpdateAnswer;
import dev.mllens.watool.WaTool;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code assess --format wa-answers}: where the answers go in the AWS Well-Architected Tool. */
final class WaAnswersOptions {

    @Option(names = "--wa-workload-id", paramLabel = "ID",
            description = "With --format wa-answers: the tool's workload id, 32 lower-case hex characters"
                    + " (default: the placeholder " + WaTool.PLACEHOLDER_WORKLOAD_ID + ").")
    String workloadId;

    @Option(names = "--wa-lens-arn", paramLabel = "ARN",
            description = "With --format wa-answers: the ARN the tool gave the lens imported from 'mllens lens-export'.")
    String lensArn;

    /** Rejects the options without the format, the format without the lens ARN, and ids the tool would reject. */
    void validate(CommandLine cl, boolean waAnswers) {
        if (!waAnswers && (workloadId != null || lensArn != null)) {
            throw new ParameterException(cl, "--wa-workload-id and --wa-lens-arn go with --format wa-answers");
        }
        if (!waAnswers) {
            return;
        }
        if (lensArn == null) {
            throw new ParameterException(cl, "--format wa-answers needs --wa-lens-arn: the ARN the tool gave the imported lens");
        }
        try {
            UpdateAnswer.requireWorkloadId(workloadId());
            UpdateAnswer.requireCustomLensArn(lensArn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, e.getMessage());
        }
    }

    private String workloadId() {
        return workloadId == null ? WaTool.PLACEHOLDER_WORKLOAD_ID : workloadId;
    }

    /** The answers as a JSON array, one UpdateAnswer parameter set per question (after {@link #validate}). */
    String render(Assessment assessment) {
        return WaTool.answersJson(assessment, workloadId(), lensArn);
    }
}
