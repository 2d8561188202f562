/** The lens catalog, the workload fact model and the finding types of mllens. No dependencies. */
module dev.mllens.model {
    requires static org.apiguardian.api;

    exports dev.mllens.lens;
    exports dev.mllens.workload;
    exports dev.mllens.finding;
}
