/**
 * mllens: assess ML workloads against the AWS Well-Architected Machine Learning Lens. The API packages are
 * exported; {@code dev.mllens.internal} is not, and the rules' module is read but not re-exported.
 */
module dev.mllens.api {
    requires transitive dev.mllens.model;
    requires dev.mllens.rules;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires org.slf4j;

    exports dev.mllens;
    exports dev.mllens.json;
    exports dev.mllens.report;
    exports dev.mllens.samples;

    // Jackson writes the report documents and reads baselines through records private to this package
    opens dev.mllens.json to tools.jackson.databind;
}
