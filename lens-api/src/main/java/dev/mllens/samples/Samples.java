package dev.mllens.samples;

import dev.mllens.json.LensJson;
import dev.mllens.workload.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/** Workloads bundled with mllens, for demos, documentation and tests. */
@API(status = API.Status.EXPERIMENTAL)
public final class Samples {

    private Samples() {
    }

    /**
     * A card-fraud model behind a real-time endpoint in a regulated bank: much in place (encryption,
     * CI/CD, registry, monitoring), with gaps (lineage, rollback, incident runbook, bias drift).
     */
    public static Workload fraudDetection() {
        return load("fraud-detection.json");
    }

    /** The JSON text of {@link #fraudDetection()}, e.g. to start a workload file from. */
    public static String fraudDetectionJson() {
        try (InputStream in = open("fraud-detection.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workload load(String name) {
        try (InputStream in = open(name)) {
            return LensJson.readWorkload(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Samples.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled sample missing: " + name);
        }
        return in;
    }
}
