package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataPrepTooling;
import dev.mllens.workload.Environment;
import dev.mllens.workload.Pipelines;
import org.junit.jupiter.api.Test;

class MLCOST03_BP02Test {

    private static final String ID = "MLCOST03-BP02";

    private static Environment tooling(DataPrepTooling t) {
        return Environment.builder().dataPrepTooling(t).build();
    }

    private static Pipelines exported(boolean yes) {
        return Pipelines.builder().dataPrepExportedToPipeline(yes).build();
    }

    @Test
    void metWithAiAssistedLowCodeExportedToPipeline() {
        Finding f = assertStatus(ID, workload().environment(tooling(DataPrepTooling.LOW_CODE_WITH_AI_ASSIST))
                .pipelines(exported(true)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("environment.dataPrepTooling = LOW_CODE_WITH_AI_ASSIST");
        assertThat(f.reason()).startsWith("4 checks: 4 in place");
    }

    @Test
    void notMetWithHandWrittenScriptsOnly() {
        Finding f = assertStatus(ID, workload().environment(tooling(DataPrepTooling.CUSTOM_SCRIPTS_ONLY))
                .pipelines(exported(false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("data is prepared and explored only with hand-written scripts, without a no-code, low-code or code generation tool");
    }

    @Test
    void partiallyMetWhenDataIsPreparedWithAnAiCodeAssistantAlone() {
        Finding f = assertStatus(ID, workload().environment(tooling(DataPrepTooling.AI_CODE_ASSISTANT))
                .pipelines(exported(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly("data is explored and transformed only through generated scripts, without a visual"
                + " no-code or low-code tool that shows distributions and applies built-in transformations");
        assertThat(f.actions()).singleElement().asString().contains("low-code data preparation tool");
    }

    @Test
    void partiallyMetWithLowCodeWithoutAssistant() {
        Finding f = assertStatus(ID, workload().environment(tooling(DataPrepTooling.LOW_CODE))
                .pipelines(exported(true)).build(), Status.PARTIALLY_MET);
        assertThat(f.actions()).hasSize(1).first().asString().contains("generative AI assistant");
    }

    @Test
    void notApplicableWithoutOwnData() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build()).build(),
                Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("the workload prepares no data of its own");
    }

    @Test
    void insufficientEvidenceWhenToolingNotStated() {
        Finding f = assertStatus(ID, workload().pipelines(exported(true)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("environment.dataPrepTooling", "context.ownDataProcessing");
    }
}
