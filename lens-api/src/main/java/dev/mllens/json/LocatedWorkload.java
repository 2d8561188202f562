package dev.mllens.json;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A workload read from a document, with where each of its facts stands in the text (for SARIF
 * results that point at the line of the fact a finding names).
 *
 * @param workload the workload
 * @param locations positions of its facts in the document
 */
@API(status = API.Status.EXPERIMENTAL)
public record LocatedWorkload(dev.mllens.workload.Workload workload, FactLocations locations) {

    public LocatedWorkload {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(locations, "locations");
    }
}
