package dev.mllens.watool;

import org.apiguardian.api.API;

/** The state of one choice in an answer of the AWS Well-Architected Tool, in the tool's words. */
@API(status = API.Status.EXPERIMENTAL)
public enum ChoiceStatus {
    SELECTED,
    NOT_APPLICABLE,
    UNSELECTED
}
