package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Attestation;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.LabelingMethod;
import dev.mllens.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The practices that judge "the data used to build models" (versioning, profiling, bias analysis,
 * provenance, labeling) judge a dataset whose usage is not stated as possibly such data: it may not fail
 * them, since it may be inference or monitoring data only, so the finding asks for its usage instead. The
 * same dataset stated as training data fails them.
 */
class UnknownDatasetUsageTest {

    /** A dataset that lacks everything those practices look for. */
    private static Dataset.Builder bare(String id) {
        return Dataset.builder(id).versioned(false).profiled(false).catalogued(false).biasAnalyzed(false)
                .qualityIssuesDocumented(Attestation.of(false)).sourcesTrusted(Attestation.of(false))
                .labelingMethod(LabelingMethod.IN_HOUSE_MANUAL).labelQualityControl(false);
    }

    private static Workload with(Dataset d) {
        return workload().context(Context.builder().affectsIndividuals(true).ownDataProcessing(true).build()).dataset(d).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MLCOST03-BP01", "MLOPS02-BP04", "MLOPS02-BP06", "MLOPS03-BP01", "MLOPS03-BP02",
            "MLREL02-BP03", "MLREL03-BP04", "MLSEC04-BP03"})
    void aDatasetOfUnstatedUsageIsAskedForNotFailed(String id) {
        Finding unknown = RuleTesting.finding(id, with(bare("raw").build()));
        assertThat(unknown.gapTexts()).as(id + " gaps").noneMatch(g -> g.contains("'raw'"));
        assertThat(unknown.missing()).as(id + " missing").extracting(m -> m.fact()).contains("datasets[raw].usage");
        Finding training = RuleTesting.finding(id, with(bare("raw").usage(DatasetUsage.TRAINING).build()));
        assertThat(training.status()).as(id + " with training data").isIn(Status.NOT_MET, Status.PARTIALLY_MET);
        assertThat(training.gapTexts()).as(id + " gaps for training data").anyMatch(g -> g.contains("'raw'"));
    }
}
