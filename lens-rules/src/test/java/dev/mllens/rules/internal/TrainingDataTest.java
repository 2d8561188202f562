package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Truth table of "the data the workload builds models from is small" (MLCOST04-BP03, MLCOST04-BP09). */
class TrainingDataTest {

    private static Dataset data(String id, DatasetUsage usage, Double sizeGb) {
        return Dataset.builder(id).usage(usage == null ? null : java.util.Set.of(usage)).sizeGb(sizeGb).build();
    }

    @Test
    void smallWhenTheModelBuildingDatasetsAddUpToAtMostTheLine() {
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 2.0), data("b", DatasetUsage.VALIDATION, 3.0)))).isTrue();
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 2.0), data("b", DatasetUsage.VALIDATION, 3.5)))).isFalse();
    }

    @Test
    void inferenceOnlyDataDoesNotCount() {
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 1.0), data("logs", DatasetUsage.INFERENCE, 900.0)))).isTrue();
        assertThat(TrainingData.counted(List.of(data("a", DatasetUsage.TRAINING, 1.0), data("logs", DatasetUsage.INFERENCE, 900.0))))
                .extracting(Dataset::id).containsExactly("a");
    }

    @Test
    void largeAsSoonAsStatedSizesPassTheLineWhateverIsUnstated() {
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 40.0), data("b", DatasetUsage.TRAINING, null)))).isFalse();
    }

    @Test
    void undecidedWhileAnUnstatedSizeOrUsageCouldDecideIt() {
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 1.0), data("b", DatasetUsage.TRAINING, null)))).isNull();
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 1.0), data("b", null, 10.0)))).isNull();
        assertThat(TrainingData.small(List.of(data("a", DatasetUsage.TRAINING, 1.0), data("b", null, 1.0)))).isTrue();
        assertThat(TrainingData.small(List.of())).isNull();
        assertThat(TrainingData.small(List.of(data("logs", DatasetUsage.INFERENCE, 1.0)))).isNull();
    }

    @Test
    void shownSumsTheStatedModelBuildingSizes() {
        assertThat(TrainingData.shown(List.of(data("a", DatasetUsage.TRAINING, 2.5), data("b", DatasetUsage.TEST, 1.0),
                data("logs", DatasetUsage.INFERENCE, 7.0)))).isEqualTo("3.5 GB");
    }
}
