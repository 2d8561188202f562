package dev.mllens.heap;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.json.LensJson;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a JVM of its own with a small heap by {@link EngineSurvivesTest}; prints {@code key=value} lines.
 * {@code survive}: assesses the sample, then ever larger workloads until one runs out of memory inside
 * {@code assess}, then the sample 100 times, and reports the heap after full collections before and after.
 * {@code limits}: reads and assesses the largest document the default limits let through (10,000
 * endpoints).
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "survive" -> survive();
            case "limits" -> limits();
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void survive() {
        LensEngine engine = MlLens.engine();
        Workload sample = Samples.fraudDetection();
        List<Finding> expected = engine.assess(sample).findings();
        for (int i = 0; i < 20; i++) {
            engine.assess(sample);
        }
        long before = usedAfterGc();
        System.out.println("baseline=" + before);
        System.out.println("failed=" + runOutOfMemory(engine));
        int same = 0;
        for (int i = 0; i < 100; i++) {
            same += engine.assess(sample).findings().equals(expected) ? 1 : 0;
        }
        System.out.println("sameFindings=" + same);
        System.out.println("after=" + usedAfterGc());
    }

    /**
     * Assesses ever larger workloads until one runs out of memory inside {@code assess}; in a method of its
     * own so that nothing on the caller's stack still refers to the workload afterwards.
     */
    private static boolean runOutOfMemory(LensEngine engine) {
        for (int n = 5_000; n <= 5_120_000; n *= 2) {
            Workload huge = minimalEndpoints(n);
            try {
                engine.assess(huge);
            } catch (OutOfMemoryError e) {
                System.out.println("failedAt=" + n);
                return true;
            }
        }
        return false;
    }

    private static void limits() {
        StringBuilder doc = new StringBuilder("{\"id\": \"many\", \"endpoints\": [");
        for (int i = 0; i < 10_000; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\"}");
        }
        Workload w = LensJson.readWorkload(doc.append("]}").toString());
        Assessment a = MlLens.engine().assess(w);
        System.out.println("endpoints=" + w.endpoints().size());
        System.out.println("findings=" + a.findings().size());
        CountingWriter report = new CountingWriter();
        LensJson.write(a, report);
        System.out.println("jsonReport=" + report.chars);
        System.out.println("textReport=" + dev.mllens.report.TextReport.standard().render(a).length());
        System.out.println("used=" + usedAfterGc());
    }

    /** Counts what is written, keeping none of it. */
    private static final class CountingWriter extends java.io.Writer {
        long chars;

        @Override
        public void write(char[] buffer, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Endpoints that state nothing but their ids: the shape of the document in issue 9. */
    private static Workload minimalEndpoints(int n) {
        List<Endpoint> endpoints = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            endpoints.add(Endpoint.builder("e" + i).build());
        }
        return Workload.builder("huge").endpoint(endpoints.toArray(Endpoint[]::new)).build();
    }

    /** Heap in use after full collections, once it stops falling. */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }
}
