package dev.mllens;

import dev.mllens.finding.Finding;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Assessment#check(Threshold)} when findings at or above the threshold exist, by
 * {@link Comparison#check(Threshold)} when such findings are new or worse than the baseline, and by both when
 * no practice in scope was decided (see {@link Gate}). The message is the gate's one-line verdict.
 */
@API(status = API.Status.STABLE)
public final class AssessmentFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Assessment assessment;
    private final transient List<Finding> failing;

    AssessmentFailedException(Assessment assessment, Gate.Verdict verdict) {
        super("gate failed for workload '" + assessment.workloadId() + "': " + verdict.summary());
        this.assessment = assessment;
        this.failing = verdict.failing();
    }

    public Assessment assessment() { return assessment; }

    /** The findings that broke the gate. */
    public List<Finding> failing() { return failing; }
}
