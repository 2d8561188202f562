package dev.mllens.lens;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One best practice of the Machine Learning Lens.
 *
 * @param id the lens id, e.g. {@code MLSEC03-BP02}
 * @param title the lens title
 * @param pillar the pillar it belongs to
 * @param phase the lifecycle phase (from the lens appendix "Best practices by ML lifecycle")
 * @param risk the risk the lens states if the practice is not established
 * @param summary what the practice asks for, in mllens's words
 * @param improvementSteps concrete steps towards the practice, in mllens's words; rules cite them by 1-based number
 */
@API(status = API.Status.STABLE)
public record BestPractice(
        String id,
        String title,
        Pillar pillar,
        Phase phase,
        RiskLevel risk,
        String summary,
        List<String> improvementSteps) {

    public BestPractice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(risk, "risk");
        summary = summary == null ? "" : summary;
        improvementSteps = improvementSteps == null ? List.of() : List.copyOf(improvementSteps);
    }

    /** The question this practice answers: {@code MLSEC03} for {@code MLSEC03-BP02}. */
    public String questionId() {
        return id.substring(0, id.indexOf('-'));
    }

    /** The AWS Well-Architected Tool choice id: {@code MLSEC03_BP02}. */
    public String waChoiceId() {
        return waChoiceId(id);
    }

    /** The tool's choice id of a practice id: {@code MLSEC03-BP02} becomes {@code MLSEC03_BP02}. */
    static String waChoiceId(String practiceId) {
        return practiceId.replace('-', '_');
    }

    /**
     * The practice's page in the published lens, e.g.
     * {@code https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/mlsec03-bp02.html}
     * (the address the official custom-lens file gives every choice).
     */
    public String documentationUrl() {
        return DOCUMENTATION_BASE + id.toLowerCase(java.util.Locale.ROOT) + ".html";
    }

    /** Where the published lens keeps one page per practice. */
    public static final String DOCUMENTATION_BASE = "https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/";

    /** The improvement step with this 1-based number. */
    public String step(int number) {
        if (number < 1 || number > improvementSteps.size()) {
            throw new IllegalArgumentException(id + " has no improvement step " + number
                    + " (it has " + improvementSteps.size() + ")");
        }
        return improvementSteps.get(number - 1);
    }
}
