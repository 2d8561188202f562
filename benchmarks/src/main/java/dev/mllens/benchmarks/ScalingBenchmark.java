package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.MlLens;
import dev.mllens.workload.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the cost of one assessment grows with the workload: {@code entities} datasets, as many models and as
 * many endpoints ({@link ScaledWorkloads#of}), and as many endpoints that state nothing but their id. Run
 * with {@code -prof gc} for the allocation per assessment; time and allocation should grow in proportion
 * to {@code entities}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ScalingBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int entities;

    private LensEngine engine;
    private Workload varied;
    private Workload minimal;

    @Setup
    public void setUp() {
        engine = MlLens.engine();
        varied = ScaledWorkloads.of(entities);
        minimal = ScaledWorkloads.minimalEndpoints(entities);
    }

    /** {@code entities} each of datasets, models and endpoints, with facts that relate them. */
    @Benchmark
    public Assessment assessEntities() {
        return engine.assess(varied);
    }

    /** {@code entities} endpoints that state only their id. */
    @Benchmark
    public Assessment assessMinimalEndpoints() {
        return engine.assess(minimal);
    }
}
