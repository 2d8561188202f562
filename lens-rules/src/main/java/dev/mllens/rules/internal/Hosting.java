package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-hosting.drl}): whether the workload serves predictions from a hosted
 * endpoint (real-time, serverless or asynchronous). Inserted only when the facts decide it, so a rule
 * can tell "no hosted endpoint" ({@code Hosting(hosted == false)}) from "not stated" ({@code not Hosting()}).
 *
 * @param hosted whether a hosted endpoint serves the models
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record Hosting(boolean hosted, String basis) {
}
