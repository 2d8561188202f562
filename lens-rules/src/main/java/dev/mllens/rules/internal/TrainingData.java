package dev.mllens.rules.internal;

import dev.mllens.rules.internal.readers.Dataset_;
import dev.mllens.rules.internal.readers.Workload_;
import static dev.mllens.rules.internal.Facts.fact;
import static dev.mllens.rules.internal.Facts.none;

import dev.mllens.workload.Dataset;
import dev.mllens.workload.Workload;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Three-valued reading of whether the data a workload builds models from is small (MLCOST04-BP03, MLCOST04-BP09):
 * the lens calls datasets "typically under a few gigabytes" good candidates for local experiments, and larger
 * ones the reason to sample first and to move full training to the cloud. Small means the model-building
 * datasets ({@link Judgements#buildsModels}) add up to at most {@link Thresholds#SMALL_TRAINING_DATA_GB}.
 */
@API(status = API.Status.INTERNAL)
public final class TrainingData {

    private TrainingData() {
    }

    /**
     * The datasets whose size counts: those used to build models, and those whose usage is not stated, in id
     * order (the rules collect them from working memory, whose order must not show in a finding).
     */
    public static List<Dataset> counted(Collection<Dataset> datasets) {
        return datasets.stream().filter(d -> !Boolean.FALSE.equals(Judgements.buildsModels(d.usage())))
                .sorted(Comparator.comparing(Dataset::id)).toList();
    }

    /**
     * Whether the model-building data is small: false as soon as the stated sizes of model-building datasets
     * pass the line; null while a model-building dataset's size, or whether a sized dataset builds models, is
     * not stated and could decide it, or when no dataset is known to build models; true otherwise.
     */
    public static Boolean small(Collection<Dataset> datasets) {
        double known = 0;
        boolean anyModelBuilding = false;
        for (Dataset d : datasets) {
            if (Boolean.TRUE.equals(Judgements.buildsModels(d.usage()))) {
                anyModelBuilding = true;
                known += d.sizeGb() == null ? 0 : d.sizeGb();
            }
        }
        if (known > Thresholds.SMALL_TRAINING_DATA_GB) {
            return false;
        }
        for (Dataset d : datasets) {
            Boolean builds = Judgements.buildsModels(d.usage());
            if (Boolean.TRUE.equals(builds) && d.sizeGb() == null) {
                return null;
            }
            if (builds == null && (d.sizeGb() == null || known + d.sizeGb() > Thresholds.SMALL_TRAINING_DATA_GB)) {
                return null;
            }
        }
        return anyModelBuilding ? true : null;
    }

    /**
     * Records on a check the facts {@link #small} reads: the size of every counted dataset and, where it is
     * not stated, its usage; "no dataset declared" when there is none.
     */
    public static Check.Reading cite(Check.Reading reading, Collection<Dataset> datasets) {
        List<Dataset> counted = counted(datasets);
        if (counted.isEmpty()) {
            return reading.fact(none(Workload_.datasets));
        }
        for (Dataset d : counted) {
            reading.fact(fact(d, Dataset_.sizeGb));
            if (d.usage() == null) {
                reading.fact(fact(d, Dataset_.usage));
            }
        }
        return reading;
    }

    /** The stated size of the model-building data for gap sentences, e.g. "432.5 GB". */
    public static String shown(Collection<Dataset> datasets) {
        double gb = counted(datasets).stream().filter(d -> Boolean.TRUE.equals(Judgements.buildsModels(d.usage())) && d.sizeGb() != null)
                .mapToDouble(Dataset::sizeGb).sum();
        return Thresholds.show(gb) + " GB";
    }
}
