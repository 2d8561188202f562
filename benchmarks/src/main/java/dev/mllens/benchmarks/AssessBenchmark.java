package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.LensEngine;
import dev.mllens.MlLens;
import dev.mllens.json.LensJson;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-assessment cost on a warm engine: the bundled sample (2 datasets, 1 model, 1 endpoint), a large
 * workload (the sample with 20 datasets, 10 models, 10 endpoints), and reading the sample's JSON first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class AssessBenchmark {

    private LensEngine engine;
    private Workload sample;
    private Workload large;
    private String sampleJson;

    @Setup
    public void setUp() {
        engine = MlLens.engine();
        sample = Samples.fraudDetection();
        sampleJson = Samples.fraudDetectionJson();
        large = scaledUp(sample, 10);
    }

    /** The sample with each dataset, model and endpoint copied {@code factor} times under new ids. */
    static Workload scaledUp(Workload w, int factor) {
        Workload.Builder fresh = ScaledWorkloads.sectionsOf(w);
        for (int i = 0; i < factor; i++) {
            String suffix = "-" + i;
            for (Dataset d : w.datasets()) {
                fresh.dataset(d.toBuilder().id(d.id() + suffix).build());
            }
            for (Model m : w.models()) {
                fresh.model(m.toBuilder().id(m.id() + suffix)
                        .trainingDatasetIds(m.trainingDatasetIds() == null ? null
                                : m.trainingDatasetIds().stream().map(id -> id + suffix).toList()).build());
            }
            for (Endpoint e : w.endpoints()) {
                fresh.endpoint(e.toBuilder().id(e.id() + suffix)
                        .modelIds(e.modelIds() == null ? null : e.modelIds().stream().map(id -> id + suffix).toList()).build());
            }
        }
        return fresh.build();
    }

    @Benchmark
    public Assessment assessSample() {
        return engine.assess(sample);
    }

    @Benchmark
    public Assessment assessLargeWorkload() {
        return engine.assess(large);
    }

    @Benchmark
    public Assessment readJsonAndAssessSample() {
        return engine.assess(LensJson.readWorkload(sampleJson));
    }
}
