package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.Comparison;
import dev.mllens.Gate;
import dev.mllens.report.WorkloadFile;

/**
 * What a format may draw on: the assessment, its comparison with a baseline (null without one), the
 * workload file it came from, the gate (null without {@code --fail-on}), the text report's action count and
 * where the AWS Well-Architected Tool answers go.
 */
record Rendering(Assessment assessment, Comparison comparison, WorkloadFile file, Gate gate, int topActions,
        WaAnswersOptions wa) {
}
