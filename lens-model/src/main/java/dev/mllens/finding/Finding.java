package dev.mllens.finding;

import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The conclusion about one best practice for one workload.
 *
 * @param bestPracticeId lens id, e.g. {@code MLSEC03-BP02}
 * @param title lens title
 * @param pillar the practice's pillar
 * @param phase the practice's lifecycle phase
 * @param questionId the question, e.g. {@code MLSEC03}
 * @param status what the rule concluded
 * @param risk residual risk, see {@link Risk#of}
 * @param reason one sentence on why: counts of checks, the reason it does not apply, or the waiver
 * @param evidence facts the rule used, with their values
 * @param gaps elements stated absent, each with the fact it is about
 * @param missing facts that were not stated and would let the rule decide
 * @param actions improvement steps addressing the gaps and the missing facts, not the whole list
 */
@API(status = API.Status.STABLE)
public record Finding(
        String bestPracticeId,
        String title,
        Pillar pillar,
        Phase phase,
        String questionId,
        Status status,
        Risk risk,
        String reason,
        List<Evidence> evidence,
        List<Gap> gaps,
        List<Missing> missing,
        List<String> actions) {

    public Finding {
        Objects.requireNonNull(bestPracticeId, "bestPracticeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(risk, "risk");
        reason = reason == null ? "" : reason;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        missing = missing == null ? List.of() : List.copyOf(missing);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The gaps' sentences, in order, for reports that show them without their facts. */
    public List<String> gapTexts() {
        return gaps.stream().map(Gap::text).toList();
    }

    /** True when the practice is not established in full: the finding belongs in an improvement plan. */
    public boolean needsAction() {
        return status == Status.NOT_MET || status == Status.PARTIALLY_MET || status == Status.INSUFFICIENT_EVIDENCE;
    }
}
