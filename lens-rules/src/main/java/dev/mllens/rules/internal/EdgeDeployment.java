package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-edge-deployment.drl}): whether any model of the workload runs on edge
 * devices (alone or next to cloud inference). Inserted only when the facts decide it, so a rule can tell
 * "cloud only" ({@code EdgeDeployment(edge == false)}) from "not stated" ({@code not EdgeDeployment()}).
 *
 * @param edge whether models run on edge devices
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record EdgeDeployment(boolean edge, String basis) {
}
