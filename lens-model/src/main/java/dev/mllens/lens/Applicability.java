package dev.mllens.lens;

import org.apiguardian.api.API;

/**
 * A condition under which the lens makes a practice apply. A practice declares its conditions in the
 * catalog ({@code applies = ...}); the engine decides each one from the workload's stated facts, never
 * from absent ones. A practice whose condition is false is NOT_APPLICABLE with the facts that decided it;
 * when a condition cannot be decided, the practice is judged as if it applied and its finding asks for
 * the deciding facts.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Applicability {
    /** Training-side practices (tuning, training jobs, model development cost, retraining). */
    TRAINS_MODELS("the workload trains or fine-tunes models of its own",
            "the workload trains no model of its own"),
    /** Practices about models in production, in any serving form (hosted, batch or edge). */
    MODEL_DEPLOYED("a model is deployed (hosted, batch or edge)",
            "no model is deployed"),
    /** Endpoint practices (scaling, release strategy, endpoint access). */
    HOSTED_ENDPOINT("a hosted endpoint (real-time, serverless or asynchronous) serves predictions",
            "no hosted endpoint serves predictions"),
    /** Data-processing practices (catalog, pipelines, data versioning, feature consistency). */
    PREPARES_DATA("the workload collects and prepares data of its own",
            "the workload prepares no data of its own"),
    /** Practices about stored data: it prepares data of its own or declares datasets. */
    KEEPS_DATA("the workload prepares data of its own or declares datasets",
            "the workload keeps no data of its own"),
    /** Practices about personal data. */
    PERSONAL_DATA("declared datasets hold personal data",
            "no declared dataset holds personal data"),
    /** Practices about fairness towards people. */
    AFFECTS_INDIVIDUALS("the predictions affect decisions about people",
            "the predictions do not affect decisions about people");

    private final String holds;
    private final String fails;

    Applicability(String holds, String fails) {
        this.holds = holds;
        this.fails = fails;
    }

    /** The condition as a clause, e.g. "the workload trains or fine-tunes models of its own". */
    public String description() {
        return holds;
    }

    /** What it means that the condition is false, e.g. "the workload trains no model of its own". */
    public String negation() {
        return fails;
    }
}
