package dev.mllens.benchmarks;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.samples.Samples;
import dev.mllens.watool.Reconciliation;
import dev.mllens.watool.UpdateAnswer;
import dev.mllens.watool.WaTool;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS Well-Architected Tool bridge on the assessed sample: exporting the 35 answers, reading a review
 * in list-answers form and reconciling it, and exporting the lens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class WaToolBenchmark {

    private static final String WORKLOAD = "7d5c2a9e41b04f3c8e6a1b2c3d4e5f60";
    private static final String LENS_ARN = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b";

    private Assessment assessment;
    private String review;

    @Setup
    public void setUp() {
        assessment = MlLens.engine().assess(Samples.fraudDetection());
        review = listAnswers(WaTool.answers(assessment, WORKLOAD, LENS_ARN));
    }

    /** The answers as the tool would list them after they were pushed. */
    private static String listAnswers(List<UpdateAnswer> answers) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode page = json.createObjectNode().put("WorkloadId", WORKLOAD).put("LensAlias", LENS_ARN);
        ArrayNode summaries = page.putArray("AnswerSummaries");
        for (UpdateAnswer a : answers) {
            ObjectNode s = summaries.addObject().put("QuestionId", a.questionId()).put("IsApplicable", a.isApplicable());
            a.selectedChoices().forEach(s.putArray("SelectedChoices")::add);
            ArrayNode choices = s.putArray("ChoiceAnswerSummaries");
            a.choiceUpdates().forEach((id, u) -> choices.addObject().put("ChoiceId", id).put("Status", u.status().name())
                    .put("Reason", u.reason().name()));
        }
        return json.writeValueAsString(page);
    }

    @Benchmark
    public String exportAnswers() {
        return WaTool.answersJson(assessment, WORKLOAD, LENS_ARN);
    }

    @Benchmark
    public Reconciliation readAndReconcile() {
        return Reconciliation.of(assessment, WaTool.readAnswers(review));
    }

    @Benchmark
    public String exportLens() {
        return WaTool.lensExport();
    }
}
