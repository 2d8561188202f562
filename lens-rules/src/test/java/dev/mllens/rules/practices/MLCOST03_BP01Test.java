package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.LabelingMethod;
import dev.mllens.workload.LabelingScale;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import org.junit.jupiter.api.Test;

class MLCOST03_BP01Test {

    private static final String ID = "MLCOST03-BP01";

    private static Dataset labelled(LabelingMethod method, Boolean qualityControl) {
        return Dataset.builder("images").usage(DatasetUsage.TRAINING, DatasetUsage.LABELS).labelingMethod(method)
                .labelQualityControl(qualityControl).build();
    }

    @Test
    void metWithManagedActiveLearningAndConsensus() {
        Finding f = assertStatus(ID, workload().dataset(labelled(LabelingMethod.MANAGED_WITH_ACTIVE_LEARNING, true)).build(),
                Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("datasets[images].labelingMethod = MANAGED_WITH_ACTIVE_LEARNING");
    }

    @Test
    void notMetWithCustomLabelingTool() {
        Finding f = assertStatus(ID, workload().dataset(labelled(LabelingMethod.CUSTOM_TOOL, false)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("labels of dataset 'images' are produced with custom-built labeling tooling instead of with a managed labeling service");
    }

    private static Dataset handLabelled(LabelingScale scale) {
        return Dataset.builder("images").usage(DatasetUsage.TRAINING, DatasetUsage.LABELS).labelingMethod(LabelingMethod.IN_HOUSE_MANUAL)
                .labelingScale(scale).labelQualityControl(true).build();
    }

    @Test
    void notMetWhenRelyingSolelyOnInHouseLabelersAtLargeScale() {
        Finding f = assertStatus(ID, workload().dataset(handLabelled(LabelingScale.LARGE)).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).containsExactly(
                "labels of dataset 'images' are produced by hand in house at a LARGE scale instead of with a managed labeling service");
    }

    @Test
    void inHouseLabelingOfASmallOneOffSetIsNotTheAntiPatternRegardlessOfScale() {
        Finding f = assertStatus(ID, workload().dataset(handLabelled(LabelingScale.SMALL)).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("datasets[images].labelingMethod = IN_HOUSE_MANUAL", "datasets[images].labelingScale = SMALL");
    }

    @Test
    void insufficientEvidenceWhenTheScaleOfInHouseLabelingIsNotStated() {
        Finding f = assertStatus(ID, workload().dataset(handLabelled(null)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[images].labelingScale");
    }

    @Test
    void partiallyMetWithManagedServiceWithoutActiveLearningOrQualityControl() {
        Finding f = assertStatus(ID, workload().dataset(labelled(LabelingMethod.MANAGED_SERVICE, false)).build(),
                Status.PARTIALLY_MET);
        assertThat(f.actions()).anyMatch(a -> a.contains("active learning")).anyMatch(a -> a.contains("consensus"));
    }

    @Test
    void notApplicableWhenNoLabelsAreNeeded() {
        Finding f = assertStatus(ID, workload().dataset(labelled(LabelingMethod.NOT_NEEDED, null)).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("labelingMethod = NOT_NEEDED");
    }

    @Test
    void notApplicableWhenOnlyAManagedAiServiceIsCalled() {
        Finding f = assertStatus(ID, workload().context(Context.builder().ownDataProcessing(false).build())
                .model(Model.builder("ocr").source(ModelSource.MANAGED_AI_SERVICE).build()).build(), Status.NOT_APPLICABLE);
        assertThat(f.reason()).contains("context.ownDataProcessing = false");
    }

    @Test
    void insufficientEvidenceWhenLabelingMethodNotStated() {
        Finding f = assertStatus(ID, workload().dataset(labelled(null, null)).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets[images].labelingMethod");
    }

    @Test
    void insufficientEvidenceWhenNoDatasetDeclared() {
        Finding f = assertStatus(ID, workload().build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(m -> m.fact()).containsExactly("datasets", "context.ownDataProcessing");
    }
}
