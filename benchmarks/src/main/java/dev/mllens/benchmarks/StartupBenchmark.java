package dev.mllens.benchmarks;

import dev.mllens.finding.Finding;
import dev.mllens.rules.RuleBase;
import dev.mllens.samples.Samples;
import java.util.List;
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
 * measurement per fork, many forks: each number is a cold start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgs = {"-Xms256m", "-Xmx1g"})
public class StartupBenchmark {

    /** Builds the KieBase from the executable model. */
    @Benchmark
    public RuleBase loadRules() {
        return RuleBase.load();
    }

    /** Loads the rules and assesses the sample once: the time a CLI user waits, minus JVM start. */
    @Benchmark
    public List<Finding> loadRulesAndAssessOnce() {
        return RuleBase.load().evaluate(Samples.fraudDetection());
    }
}
