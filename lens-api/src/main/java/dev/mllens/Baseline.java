package dev.mllens;

import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ratings of an earlier assessment, kept to compare a later one against it: which practices were
 * rated, with what status and risk. Lets a CI gate accept the findings a team already knows of and fail
 * only on new or worse ones ("freeze"). Build one from an assessment, or read a saved JSON report with
 * {@link dev.mllens.json.LensJson#readBaseline(String)}.
 *
 * @param workloadId the workload the ratings belong to; null when unknown, then any workload matches
 * @param ratings status and risk per practice id of the lens, in the order given
 */
@API(status = API.Status.EXPERIMENTAL)
public record Baseline(String workloadId, Map<String, Rating> ratings) {

    public Baseline {
        Objects.requireNonNull(ratings, "ratings");
        Map<String, Rating> copy = new LinkedHashMap<>();
        ratings.forEach((id, rating) -> {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("ratings: practice id must not be blank");
            }
            if (Lens.catalog().practice(id).isEmpty()) {
                throw new IllegalArgumentException("ratings: '" + id + "' is not a practice of the lens");
            }
            copy.put(id, Objects.requireNonNull(rating, () -> "ratings[" + id + "]"));
        });
        ratings = java.util.Collections.unmodifiableMap(copy);
    }

    /** The ratings of every finding of {@code assessment}. */
    public static Baseline of(Assessment assessment) {
        Map<String, Rating> m = new LinkedHashMap<>();
        assessment.findings().forEach(f -> m.put(f.bestPracticeId(), new Rating(f.status(), f.risk())));
        return new Baseline(assessment.workloadId(), m);
    }

    /** The rating of one practice, if the baseline has it. */
    public Optional<Rating> rating(String bestPracticeId) {
        return Optional.ofNullable(ratings.get(bestPracticeId));
    }

    /**
     * One practice's status and risk at the time of the baseline.
     *
     * @param status the finding's status
     * @param risk the finding's risk
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Rating(Status status, Risk risk) {

        public Rating {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(risk, "risk");
        }

        @Override
        public String toString() {
            return status + "/" + risk;
        }
    }
}
