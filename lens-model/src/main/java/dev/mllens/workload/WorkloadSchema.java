package dev.mllens.workload;

import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of the workload document: every fact with its type, allowed values,
 * range and meaning, derived from the records' {@link Fact} annotations (see {@link FactModel}). For
 * editors, form builders in portals and validation before a document reaches mllens. It is as strict as
 * the reader: unknown fields are not allowed. Checks that span fields (unique ids, references to declared
 * ids, {@code maxInstances >= minInstances}) are left to the reader.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class WorkloadSchema {

    private static final String JSON = SchemaWriter.write(FactModel.get());

    private WorkloadSchema() {
    }

    /** The schema document, as JSON text. */
    public static String json() {
        return JSON;
    }
}
