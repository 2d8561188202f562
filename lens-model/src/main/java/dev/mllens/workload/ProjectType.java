package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Whether the work is research or product development.")
public enum ProjectType {
    RESEARCH,
    DEVELOPMENT
}
