package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.MlLens;
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
 * would measure the slope: each fork first runs a fixed number of assessments ({@code -Dmllens.warmup},
 * default 60,000, a sample and a 50-fact workload in turn), then the JMH warm-up of the measured
 * workload. Run with {@code -t 2} for two threads on the one engine, with {@code -prof gc} for the
 * bytes allocated per assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
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
    public void warmUp() {
        engine = MlLens.engine();
        measured = Workloads.named(workload);
        Workload sample = Workloads.named("sample");
        Workload fifty = Workloads.named("fifty");
        int rounds = Integer.getInteger("mllens.warmup", 60_000);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            // the 50-fact workload every tenth round reaches the rules that only entities trigger often
            if (engine.assess(i % 10 == 9 ? fifty : sample).findings().isEmpty()) {
                throw new IllegalStateException("an assessment without findings");
            }
        }
        System.out.printf("%nwarm-up: %,d assessments in %.1f s; measuring %s (%d facts)%n", rounds,
                (System.nanoTime() - start) / 1e9, workload, Workloads.facts(measured));
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(measured);
    }
}
