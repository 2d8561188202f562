package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-data-processing.drl}): whether the workload prepares data of its own
 * (training, fine-tuning or feature data), as opposed to only calling a managed AI service or a
 * foundation model API. Inserted only when the facts decide it, so a rule can tell "no own data
 * processing" ({@code DataProcessing(inScope == false)}) from "not stated" ({@code not DataProcessing()}).
 * Concrete evidence of own data (a declared training dataset, a model trained or fine-tuned in house)
 * outweighs a stated {@code context.ownDataProcessing = false}.
 *
 * @param inScope whether the workload processes data of its own
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record DataProcessing(boolean inScope, String basis) {
}
