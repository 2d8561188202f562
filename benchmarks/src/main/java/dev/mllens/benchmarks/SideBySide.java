package dev.mllens.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of mllens in one JVM, each in a class loader of its own, assessing the bundled sample in turn:
 * the way to compare a change with what it replaces on a machine whose speed drifts. Runs a few seconds
 * apart in separate JVMs differ by more than most changes do here; batches of a hundred assessments taken
 * alternately in one JVM see the same drift, so their ratio holds. Each side is timed in CPU time of the
 * calling thread and in bytes it allocated ({@code com.sun.management.ThreadMXBean}).
 *
 * <p>{@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar dev.mllens.benchmarks.SideBySide
 * before/mllens.jar after/mllens.jar [warm-up batches] [measured batches] [batch size]}, with the shaded
 * jars ({@code examples/target/mllens.jar}) of the two builds; the defaults (150, 200, 200) take about four
 * minutes. Only the public API is called, by reflection, so any two releases compare.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /** One build: its engine and the sample, as objects of its own class loader. */
    private record Build(ClassLoader loader, Object engine, Method assess, Object sample) {

        static Build of(Path jar) throws ReflectiveOperationException, java.io.IOException {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(jar + " is not a file: give the shaded jar of a build (examples/target/mllens.jar)");
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            // Drools finds its services through the context class loader
            Thread.currentThread().setContextClassLoader(loader);
            Object engine = loader.loadClass("dev.mllens.MlLens").getMethod("engine").invoke(null);
            Object sample = loader.loadClass("dev.mllens.samples.Samples").getMethod("fraudDetection").invoke(null);
            Method assess = engine.getClass().getMethod("assess", loader.loadClass("dev.mllens.workload.Workload"));
            return new Build(loader, engine, assess, sample);
        }

        void run(int assessments) throws ReflectiveOperationException {
            Thread.currentThread().setContextClassLoader(loader);
            for (int i = 0; i < assessments; i++) {
                assess.invoke(engine, sample);
            }
        }
    }

    /** Argument {@code i}, a positive count, or {@code otherwise} when it is not given. */
    private static int count(String[] args, int i, int otherwise) {
        if (args.length <= i) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(args[i]);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("argument " + (i + 1) + " is '" + args[i] + "': a count of batches or assessments, at least 1");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SideBySide BEFORE.jar AFTER.jar [warm-up batches] [measured batches] [batch size]");
            System.exit(2);
        }
        int warm;
        int rounds;
        int batch;
        Build[] builds;
        try {
            warm = count(args, 2, 150);
            rounds = count(args, 3, 200);
            batch = count(args, 4, 200);
            builds = new Build[] {Build.of(Path.of(args[0])), Build.of(Path.of(args[1]))};
        } catch (IllegalArgumentException e) {
            System.err.println("SideBySide: " + e.getMessage());
            System.exit(2);
            return;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < warm; i++) {
                builds[0].run(batch);
                builds[1].run(batch);
            }
            System.out.printf("warm-up: %,d assessments each in %.0f s%n", warm * batch, (System.nanoTime() - start) / 1e9);
            long[] cpu = new long[2];
            long[] bytes = new long[2];
            long[] blockCpu = new long[2];
            List<Double> ratios = new ArrayList<>();
            int block = Math.max(1, rounds / 10);
            for (int r = 0; r < rounds; r++) {
                for (int j = 0; j < 2; j++) {
                    int k = (r + j) % 2; // each goes first every other round
                    long c0 = threads.getCurrentThreadCpuTime();
                    long b0 = threads.getThreadAllocatedBytes(thread);
                    builds[k].run(batch);
                    long c = threads.getCurrentThreadCpuTime() - c0;
                    bytes[k] += threads.getThreadAllocatedBytes(thread) - b0;
                    cpu[k] += c;
                    blockCpu[k] += c;
                }
                if ((r + 1) % block == 0) {
                    ratios.add((double) blockCpu[1] / blockCpu[0]);
                    System.out.printf("before %8.1f µs   after %8.1f µs   ratio %.3f%n", blockCpu[0] / 1e3 / (block * batch),
                            blockCpu[1] / 1e3 / (block * batch), (double) blockCpu[1] / blockCpu[0]);
                    blockCpu[0] = 0;
                    blockCpu[1] = 0;
                }
            }
            Collections.sort(ratios);
            long n = (long) rounds * batch;
            System.out.printf("before: %.1f µs, %.1f KB per assessment; after: %.1f µs, %.1f KB; "
                            + "CPU ratio %.3f (median of blocks %.3f), allocation ratio %.3f%n",
                    cpu[0] / 1e3 / n, bytes[0] / 1024.0 / n, cpu[1] / 1e3 / n, bytes[1] / 1024.0 / n,
                    (double) cpu[1] / cpu[0], ratios.get(ratios.size() / 2), (double) bytes[1] / bytes[0]);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("an assessment failed", e.getCause());
        }
    }
}
