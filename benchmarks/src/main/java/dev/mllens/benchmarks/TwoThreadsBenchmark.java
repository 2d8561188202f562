package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.workload.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Assessments of the sample per second on two threads sharing one warm engine (see {@link SteadyStateBenchmark}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class TwoThreadsBenchmark {

    private LensEngine engine;
    private Workload sample;

    @Setup(Level.Trial)
    public void setUp() {
        engine = SteadyState.warmEngine();
        sample = Workloads.named("sample");
    }

    @Benchmark
    public Assessment assessSample() {
        return engine.assess(sample);
    }
}
