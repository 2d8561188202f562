package dev.mllens.lens;

import java.util.List;
import java.util.Set;
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
 * @param steps concrete steps towards the practice, in mllens's words, each with a stable key that rules cite
 * @param appliesWhen the conditions under which the lens makes the practice apply (empty: it always applies)
 */
@API(status = API.Status.STABLE)
public record BestPractice(
        String id,
        String title,
        Pillar pillar,
        Phase phase,
        RiskLevel risk,
        String summary,
        List<ImprovementStep> steps,
        Set<Applicability> appliesWhen) {

    /** The catalog builds its practices; the form of a practice's parts may still change. */
    @API(status = API.Status.EXPERIMENTAL)
    public BestPractice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(risk, "risk");
        summary = summary == null ? "" : summary;
        steps = steps == null ? List.of() : List.copyOf(steps);
        appliesWhen = appliesWhen == null || appliesWhen.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(appliesWhen));
        Set<String> keys = new java.util.HashSet<>();
        for (ImprovementStep s : steps) {
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException(id + ": duplicate improvement step key " + s.key());
            }
        }
    }

    /** The conditions under which the lens makes the practice apply; empty when it always applies. */
    @API(status = API.Status.EXPERIMENTAL)
    @Override
    public Set<Applicability> appliesWhen() {
        return appliesWhen;
    }

    /** The texts of the improvement steps, in catalog order. */
    public List<String> improvementSteps() {
        return steps.stream().map(ImprovementStep::text).toList();
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

    /** The improvement step with this key ({@code S3}), if the practice has one. */
    public java.util.Optional<ImprovementStep> step(String key) {
        return steps.stream().filter(st -> st.key().equals(key)).findFirst();
    }
}
