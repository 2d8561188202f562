package dev.mllens.watool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.MlLens;
import dev.mllens.QuestionResult;
import dev.mllens.WaiverReason;
import dev.mllens.finding.Risk;
import dev.mllens.json.LensJson;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.samples.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Over varied assessments (sections of the sample left out, practices waived at random), the exported
 * answers give, by the official file's rules, exactly the question risks mllens reports, and keep the
 * tool's rules for an answer. The seed is the generated value, so a failure names the seed.
 */
class AnswerExportProperties {

    private static final List<String> SECTIONS = List.of("context", "governance", "businessGoal", "featureStore",
            "pipelines", "training", "monitoring", "environment", "cost", "sustainability", "datasets", "models", "endpoints");

    /** The sample with some sections left out (what refers to a removed section goes too). */
    private static String varied(Random r) {
        ObjectNode doc = (ObjectNode) OfficialLens.JSON.readTree(Samples.fraudDetectionJson());
        for (String s : SECTIONS) {
            if (r.nextInt(4) == 0) {
                doc.remove(s);
            }
        }
        if (!doc.has("datasets")) {
            doc.remove("models");
        }
        if (!doc.has("models")) {
            doc.remove("endpoints");
        }
        return doc.toString();
    }

    private static Assessment assess(long seed) {
        Random r = new Random(seed);
        AssessmentOptions.Builder options = AssessmentOptions.builder();
        for (BestPractice p : Lens.catalog().practices()) {
            if (r.nextInt(12) == 0) {
                options.waive(p.id(), WaiverReason.values()[r.nextInt(WaiverReason.values().length)], "seed " + seed);
            }
        }
        return MlLens.engine().assess(LensJson.readWorkload(varied(r)), options.build());
    }

    @Test
    void theToolsRulesGiveBackTheReportedQuestionRisks() {
        qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = assess(seed);
            String json = WaTool.answersJson(a, AnswerExportTest.WORKLOAD, AnswerExportTest.LENS_ARN);
            Map<String, Risk> reported = new HashMap<>();
            a.questions().forEach(q -> reported.put(q.questionId(), q.risk()));
            assertThat(ToolAnswers.risks(json)).as("seed " + seed).isEqualTo(reported);
        });
    }

    @Test
    void everyAnswerKeepsTheToolsRules() {
        qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = assess(seed);
            List<UpdateAnswer> answers = WaTool.answers(a, AnswerExportTest.WORKLOAD, AnswerExportTest.LENS_ARN);
            assertThat(answers).hasSize(35);
            for (int i = 0; i < answers.size(); i++) {
                UpdateAnswer e = answers.get(i);
                QuestionResult q = a.questions().get(i);
                assertThat(e.questionId()).isEqualTo(q.questionId());
                assertThat(e.notes()).hasSizeLessThanOrEqualTo(UpdateAnswer.MAX_NOTES);
                assertThat(e.choiceUpdates().keySet()).as("seed %d %s", seed, e.questionId())
                        .noneMatch(e.selectedChoices()::contains).noneMatch(c -> c.endsWith("_no"));
                // "none of these" only alone, and only when nothing is met and nothing lacks evidence
                if (e.selectedChoices().contains(q.question().noneChoiceId())) {
                    assertThat(e.selectedChoices()).hasSize(1);
                    assertThat(q.findings()).noneMatch(f -> f.status() == dev.mllens.finding.Status.MET
                            || f.status() == dev.mllens.finding.Status.INSUFFICIENT_EVIDENCE);
                }
                assertThat(e.isApplicable()).isEqualTo(q.risk() != Risk.NOT_APPLICABLE);
            }
        });
    }
}
