package dev.mllens;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Assessment#check(Risk)} when findings at or above the threshold exist, and by
 * {@link Comparison#check(Risk)} when such findings are new or worse than the baseline.
 */
@API(status = API.Status.STABLE)
public final class AssessmentFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Assessment assessment;
    private final transient List<Finding> failing;

    AssessmentFailedException(Assessment assessment, Risk threshold, List<Finding> failing) {
        this(assessment, threshold, failing, "");
    }

    AssessmentFailedException(Assessment assessment, Risk threshold, List<Finding> failing, String qualifier) {
        super(failing.size() + " finding(s) at or above " + threshold + " risk" + qualifier + " for workload '"
                + assessment.workloadId()
                + "': " + failing.stream().map(f -> f.bestPracticeId() + " " + f.status()).collect(Collectors.joining(", ")));
        this.assessment = assessment;
        this.failing = List.copyOf(failing);
    }

    public Assessment assessment() { return assessment; }

    /** The findings that broke the gate. */
    public List<Finding> failing() { return failing; }
}
