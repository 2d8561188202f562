package dev.mllens.cli.serve;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.MlLens;
import dev.mllens.workload.Workload;
import org.apiguardian.api.API;

/** What assesses the workloads the service is sent: the shared engine, or in tests one that fails on purpose. */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface Assessor {

    Assessment assess(Workload workload, AssessmentOptions options);

    /** The one shared engine, {@link MlLens#engine()}: thread-safe, rules loaded once. */
    static Assessor engine() {
        return MlLens.engine()::assess;
    }
}
