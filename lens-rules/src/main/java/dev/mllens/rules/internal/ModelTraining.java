package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-model-training.drl}): whether the workload trains or fine-tunes models
 * of its own, as opposed to using every model as is (a pretrained model deployed unchanged, a managed AI
 * service, a foundation model API). Training-side practices (performance criteria, algorithms, tuning,
 * training artifacts, retraining) do not apply to a workload that trains nothing. Inserted only when the
 * facts decide it, so {@code not ModelTraining()} means "not stated".
 *
 * @param inHouse whether the workload trains or fine-tunes models of its own
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record ModelTraining(boolean inHouse, String basis) {
}
