package dev.mllens.cli;

import static dev.mllens.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** lens-export, assess --format wa-answers and reconcile on the command line. */
class WaToolCommandsTest {

    private static final String ARN = "arn:aws:wellarchitected:eu-west-1:111122223333:lens/5e1f0c7a9b2d4e6f8a0b1c2d3e4f5a6b";
    /** The hand-made review of the sample, a test resource of lens-watool. */
    private static final Path REVIEW = Path.of("..", "lens-watool", "src", "test", "resources", "dev", "mllens", "watool",
            "review-list-answers.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void lensExportPrintsTheCustomLens() {
        Run r = run("lens-export");
        assertThat(r.code()).isZero();
        JsonNode lens = JSON.readTree(r.out());
        assertThat(lens.get("schemaVersion").asString()).isEqualTo("2021-11-01");
        assertThat(lens.get("pillars")).hasSize(6);
        assertThat(lens.get("pillars").get(1).get("questions").get(0).get("id").asString()).isEqualTo("MLSEC01");
    }

    @Test
    void assessWritesOneUpdateAnswerElementPerQuestion() {
        Run r = run("assess", "--sample", "--format", "wa-answers", "--wa-lens-arn", ARN);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode answers = JSON.readTree(r.out());
        assertThat(answers).hasSize(35);
        assertThat(answers.get(0).get("WorkloadId").asString()).isEqualTo("00000000000000000000000000000000");
        assertThat(answers.get(0).get("LensAlias").asString()).isEqualTo(ARN);
        Run withId = run("assess", "--sample", "--format", "WA-ANSWERS", "--wa-workload-id", "7d5c2a9e41b04f3c8e6a1b2c3d4e5f60",
                "--wa-lens-arn", ARN, "--pillar", "SECURITY");
        JsonNode security = JSON.readTree(withId.out());
        assertThat(security).hasSize(6);
        assertThat(security.get(5).get("WorkloadId").asString()).isEqualTo("7d5c2a9e41b04f3c8e6a1b2c3d4e5f60");
    }

    @Test
    void waAnswersOptionsAreCheckedBeforeAssessing() {
        assertThat(run("assess", "--sample", "--format", "wa-answers").err())
                .startsWith("mllens: --format wa-answers needs --wa-lens-arn: the ARN the tool gave the imported lens (see").doesNotContain("\n\n");
        assertThat(run("assess", "--sample", "--wa-lens-arn", ARN).err())
                .startsWith("mllens: --wa-workload-id and --wa-lens-arn go with --format wa-answers");
        Run badId = run("assess", "--sample", "--format", "wa-answers", "--wa-lens-arn", ARN, "--wa-workload-id", "w-123");
        assertThat(badId.code()).isEqualTo(2);
        assertThat(badId.err()).startsWith("mllens: the workload id must be the tool's 32 lower-case hex characters, was 'w-123'");
        Run badArn = run("assess", "--sample", "--format", "wa-answers", "--wa-lens-arn", "arn:aws:wellarchitected::aws:lens/wellarchitected");
        assertThat(badArn.code()).isEqualTo(2);
        assertThat(badArn.out()).isEmpty();
        assertThat(run("catalog", "--format", "wa-answers").err()).startsWith("mllens: Invalid value for option '--format': expected one of [TEXT, JSON]");
    }

    @Test
    void reconcileReportsTheContradictedClaimsAndGatesOnThem() {
        Run text = run("reconcile", "--sample", "--wa-answers", REVIEW.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("mllens reconciliation: Card fraud detection", "CONTRADICTED            3",
                "  MLSEC05-BP01 Protect against adversarial and malicious activities");
        assertThat(run("reconcile", "--sample", "--wa-answers", REVIEW.toString(), "--fail-on", "contradicted").code()).isEqualTo(1);
        assertThat(run("reconcile", "--sample", "--wa-answers", REVIEW.toString(), "--fail-on", "unanswered").code())
                .as("MLOPS06 is unanswered in the review").isEqualTo(1);
        JsonNode json = JSON.readTree(run("reconcile", "--sample", "--wa-answers", REVIEW.toString(), "--format", "json").out());
        assertThat(json.get("counts").get("CONTRADICTED").asInt()).isEqualTo(3);
        assertThat(json.get("practices")).hasSize(105);
    }

    @Test
    void reconcileNamesTheFileAndPathOfABadReview() throws IOException {
        Path bad = dir.resolve("answers.json");
        Files.writeString(bad, "{\"AnswerSummaries\": [{\"QuestionId\": \"MLSEC04\", \"SelectedChoices\": [\"MLSEC04_BP09\"]}]}");
        Run r = run("reconcile", "--sample", "--wa-answers", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mllens: " + bad + ": $.AnswerSummaries[0].SelectedChoices[0]: 'MLSEC04_BP09' is not"
                + " a choice of question MLSEC04 (its choices are MLSEC04_BP01, MLSEC04_BP02, MLSEC04_BP03, MLSEC04_no)");
        for (String[] args : new String[][] {{"reconcile", "--sample"}, {"reconcile", "--wa-answers", REVIEW.toString()},
                {"reconcile", "--sample", "--wa-answers", dir.resolve("missing.json").toString()},
                {"reconcile", "--sample", "--wa-answers", REVIEW.toString(), "--fail-on", "wrong"},
                {"reconcile", "--sample", "--wa-answers", REVIEW.toString(), "--format", "wa-answers"}}) {
            Run u = run(args);
            assertThat(u.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(u.err()).as(String.join(" ", args)).startsWith("mllens: ").doesNotContain("\tat ", "Exception");
        }
    }
}
