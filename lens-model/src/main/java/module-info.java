/** The lens catalog, the workload fact model and the finding types of mllens. */
module dev.mllens.model {
    // transitive, as in JUnit 5: a module that reads ours must read the annotations on our types too
    requires transitive org.apiguardian.api;

    exports dev.mllens.lens;
    exports dev.mllens.workload;
    exports dev.mllens.finding;
}
