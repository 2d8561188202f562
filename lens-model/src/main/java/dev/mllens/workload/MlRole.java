package dev.mllens.workload;

import org.apiguardian.api.API;

/** One value of a workload fact; the meaning is in {@link Fact}. */
@API(status = API.Status.EXPERIMENTAL)
@Fact("Roles of an ML team named by the lens.")
public enum MlRole {
    DOMAIN_EXPERT,
    DATA_ENGINEER,
    DATA_SCIENTIST,
    ML_ENGINEER,
    MLOPS_ENGINEER,
    IT_AUDITOR,
    MODEL_RISK_MANAGER,
    CLOUD_SECURITY_ENGINEER,
    PROMPT_ENGINEER
}
