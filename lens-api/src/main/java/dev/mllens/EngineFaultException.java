package dev.mllens;

import dev.mllens.finding.EngineError;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Assessment#requireComplete()} when the engine could not conclude some practices: a fault
 * of mllens (or of a custom rule), not of the workload. The findings that stand are in {@link #assessment()}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EngineFaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Assessment assessment;

    EngineFaultException(Assessment assessment) {
        super("mllens could not conclude " + assessment.engineErrors().size() + " of " + assessment.findings().size()
                + " practices for workload '" + assessment.workloadId() + "': " + assessment.engineErrors().stream()
                        .map(EngineError::toString).collect(Collectors.joining("; ")));
        this.assessment = assessment;
    }

    /** The incomplete assessment: every other finding stands. */
    public Assessment assessment() { return assessment; }

    /** The practices the engine could not conclude. */
    public List<EngineError> errors() { return assessment.engineErrors(); }
}
