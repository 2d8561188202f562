package dev.mllens.report;

import dev.mllens.json.FactLocations;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The document an assessed workload was read from, for reports that point into it (SARIF).
 *
 * @param uri the document as a URI reference, relative to the repository root for code scanning,
 *     e.g. {@code ml/workload.yaml}
 * @param locations where its facts stand; {@link FactLocations#none()} to point at the file alone
 */
@API(status = API.Status.EXPERIMENTAL)
public record WorkloadFile(String uri, FactLocations locations) {

    public WorkloadFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(locations, "locations");
    }

    /** A document whose fact positions are unknown: results point at the file itself. */
    public static WorkloadFile of(String uri) {
        return new WorkloadFile(uri, FactLocations.none());
    }
}
