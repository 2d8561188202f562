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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm assessment at steady state, on one shared engine. The rule consequences are several hundred
 * lambdas that C2 compiles only after tens of thousands of assessments, so a few seconds of JMH warm-up
 * would measure the slope: the JVM first runs a fixed number of assessments ({@code -Dmllens.warmup},
 * default 60,000, the sample and a 50-fact workload in turn; once per JVM, so that {@code -f 0} runs
 * every workload and {@link TwoThreadsBenchmark} after one warm-up), then the JMH warm-up of the
 * measured workload. Run with {@code -prof gc} for the bytes allocated per assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class SteadyStateBenchmark {

    /** sample (15 facts), fifty (50 facts), entities10, entities100, entities1000. */
    @Param({"sample", "fifty", "entities10", "entities100", "entities1000"})
    public String workload;

    private LensEngine engine;
    private Workload measured;

    @Setup(Level.Trial)
    public void setUp() {
        engine = SteadyState.warmEngine();
        measured = Workloads.named(workload);
        System.out.printf("%nmeasuring %s (%d facts)%n", workload, Workloads.facts(measured));
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(measured);
    }
}
