package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.Gate;
import dev.mllens.MlLens;
import dev.mllens.Threshold;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.json.LocatedWorkload;
import dev.mllens.report.Reports;
import dev.mllens.report.WorkloadFile;
import dev.mllens.samples.Samples;
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
 * Rendering an assessment in each report format: the sample's (105 findings), and for Markdown and
 * HTML also the large workload's (the sample with 20 datasets, 10 models, 10 endpoints). The
 * assessment is made once; only rendering is measured. SARIF includes locating the facts in the JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReportBenchmark {

    private Assessment sample;
    private Assessment large;
    private String sampleJson;
    private WorkloadFile sampleFile;
    private final Gate gate = Gate.failOn(Threshold.HIGH);

    @Setup
    public void setUp() {
        sampleJson = Samples.fraudDetectionJson();
        LocatedWorkload located = LensJson.readLocated(sampleJson, DocumentSyntax.JSON);
        sample = MlLens.engine().assess(located.workload());
        sampleFile = new WorkloadFile("fraud-detection.json", located.locations());
        large = MlLens.engine().assess(AssessBenchmark.scaledUp(Samples.fraudDetection(), 10));
    }

    @Benchmark
    public String text() {
        return Reports.text(sample);
    }

    @Benchmark
    public String json() {
        return LensJson.write(sample);
    }

    @Benchmark
    public String markdown() {
        return Reports.markdown(sample);
    }

    @Benchmark
    public String html() {
        return Reports.html(sample);
    }

    @Benchmark
    public String sarif() {
        return Reports.sarif(sample, sampleFile);
    }

    /** What the CLI does for SARIF: read the document with its positions, then render. */
    @Benchmark
    public String locateAndSarif() {
        return Reports.sarif(sample, new WorkloadFile("fraud-detection.json",
                LensJson.readLocated(sampleJson, DocumentSyntax.JSON).locations()));
    }

    @Benchmark
    public String junit() {
        return Reports.junit(sample, gate);
    }

    @Benchmark
    public String markdownLarge() {
        return Reports.markdown(large);
    }

    @Benchmark
    public String htmlLarge() {
        return Reports.html(large);
    }
}
