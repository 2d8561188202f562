package dev.mllens.rules.internal;

/**
 * Derived fact (see {@code derived-personal-data.drl}): whether the workload's declared datasets hold
 * personal or otherwise sensitive data. Inserted only when the facts decide it, so a rule can tell
 * "no personal data" ({@code PersonalData(present == false)}) from "not stated" ({@code not PersonalData()}):
 * <ul>
 *   <li>present: at least one dataset states {@code containsPersonalData = true};</li>
 *   <li>absent: at least one dataset is declared and every declared dataset states {@code containsPersonalData = false}.</li>
 * </ul>
 * With no dataset declared, or with some datasets not stating it and none stating true, nothing is inserted.
 *
 * @param present whether personal or sensitive data is held
 * @param basis the facts that decided it, for evidence and not-applicable reasons
 */
public record PersonalData(boolean present, String basis) {
}
