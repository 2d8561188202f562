/** The AWS Well-Architected Tool bridge of mllens: lens export, answers, review import, reconciliation. */
module dev.mllens.watool {
    requires transitive dev.mllens.api;
    requires tools.jackson.databind;

    exports dev.mllens.watool;

    // Jackson writes and reads the tool's documents through records of these packages
    opens dev.mllens.watool to tools.jackson.databind;
    opens dev.mllens.watool.internal to tools.jackson.databind;
}
