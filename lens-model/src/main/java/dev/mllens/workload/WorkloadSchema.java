package dev.mllens.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of the workload document: every fact with its type, allowed values,
 * range and meaning, generated with the records from {@code tools/factgen/spec.py}. For editors, form
 * builders in portals and validation before a document reaches mllens. It is as strict as the reader:
 * unknown fields are not allowed. Checks that span fields (unique ids, references to declared ids,
 * {@code maxInstances >= minInstances}) are left to the reader.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class WorkloadSchema {

    private static final String RESOURCE = "workload.schema.json";

    private WorkloadSchema() {
    }

    /** The schema document, as JSON text. */
    public static String json() {
        try (InputStream in = WorkloadSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + WorkloadSchema.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
