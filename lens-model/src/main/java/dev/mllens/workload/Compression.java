package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Compression of stored data.")
public enum Compression {
    NONE,
    GZIP,
    ZSTD,
    SNAPPY,
    OTHER
}
