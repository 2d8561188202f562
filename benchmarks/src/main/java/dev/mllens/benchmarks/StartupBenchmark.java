package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.MlLens;
import dev.mllens.samples.Samples;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up in a fresh JVM: loading the compiled rules, then the first assessment. Single shot, one
 * measurement per fork, many forks: each number is a cold start, so {@link MlLens#engine()} loads the
 * rules in every measurement, as it does once in an application.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgs = {"-Xms256m", "-Xmx1g"})
public class StartupBenchmark {

    /** The first call of {@link MlLens#engine()}: builds the KieBase from the executable model. */
    @Benchmark
    public LensEngine loadRules() {
        return MlLens.engine();
    }

    /** Loads the rules and assesses the sample once: the time a CLI user waits, minus JVM start. */
    @Benchmark
    public Assessment loadRulesAndAssessOnce() {
        return MlLens.engine().assess(Samples.fraudDetection());
    }
}
