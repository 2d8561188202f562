package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Storage format of a dataset.")
public enum DataFormat {
    ROW_TEXT,
    COLUMNAR,
    BINARY_OPTIMIZED
}
