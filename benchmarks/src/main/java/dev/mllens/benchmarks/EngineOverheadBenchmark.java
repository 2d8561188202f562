package dev.mllens.benchmarks;

import dev.mllens.finding.Finding;
import dev.mllens.rules.RuleBase;
import dev.mllens.workload.Workload;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine's overhead: five practices concluded by a rule base of only their rules, beside the
 * same practices written by hand in plain Java ({@link PlainJavaPractices}, identical findings, the same
 * checks and conclusions). The ratio of the two times is what Drools costs over hand-written code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EngineOverheadBenchmark {

    @Param({"sample", "fifty"})
    public String workload;

    private RuleBase rules;
    private PlainJavaPractices plain;
    private Workload measured;

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleBase.loadOnly(PlainJavaPractices.PRACTICES);
        plain = new PlainJavaPractices();
        measured = Workloads.named(workload);
        if (!plain.evaluate(measured).equals(drools())) {
            throw new IllegalStateException("plain Java and the rules disagree on " + workload);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rules.close();
    }

    @Benchmark
    public List<Finding> drools() {
        return rules.evaluate(measured, p -> PlainJavaPractices.PRACTICES.contains(p.id()));
    }

    @Benchmark
    public List<Finding> plainJava() {
        return plain.evaluate(measured);
    }
}
