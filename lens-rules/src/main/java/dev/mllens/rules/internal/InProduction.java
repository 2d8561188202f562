package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-in-production.drl}): whether any model of the workload runs in
 * production at all, in any form (hosted endpoint, batch job or edge device). Unlike {@link Hosting} it
 * does not care how predictions are served: practices about watching the model itself (drift, quality,
 * feedback) apply to batch models too and only lapse for a workload that is not deployed. Inserted only
 * when the facts decide it, so {@code InProduction(inProduction == false)} differs from "not stated".
 *
 * @param inProduction whether a model serves predictions in production
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record InProduction(boolean inProduction, String basis) {
}
