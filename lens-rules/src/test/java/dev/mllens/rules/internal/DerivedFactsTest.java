package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Missing;
import dev.mllens.lens.Applicability;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.DeploymentTarget;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Workload;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Truth tables of the derived facts: each row is a workload, the value the derivation must give (true,
 * false or undecided) and a piece of the basis or of what it asks for. Every way a derivation can be
 * decided has a row, and so has every way it can stay undecided.
 */
class DerivedFactsTest {

    private static Workload.Builder w() {
        return Workload.builder("w");
    }

    private static Context mode(InferenceMode m) {
        return Context.builder().inferenceMode(m).build();
    }

    private static Endpoint endpoint(String id, EndpointType type) {
        return Endpoint.builder(id).type(type).build();
    }

    private static Model model(String id, ModelSource source) {
        return Model.builder(id).source(source).build();
    }

    private static Dataset data(String id, DatasetUsage... usage) {
        return Dataset.builder(id).usage(usage).build();
    }

    static Stream<Arguments> hosting() {
        return Stream.of(
                row("a serverless endpoint", w().endpoint(endpoint("e", EndpointType.SERVERLESS)), true, "serverless or asynchronous endpoint is declared"),
                row("a hosted endpoint wins over a batch mode", w().context(mode(InferenceMode.BATCH)).endpoint(endpoint("e", EndpointType.ASYNC)), true, "endpoint is declared"),
                row("real-time mode, nothing declared", w().context(mode(InferenceMode.REAL_TIME)), true, "context.inferenceMode = REAL_TIME"),
                row("async mode with a batch endpoint", w().context(mode(InferenceMode.ASYNC)).endpoint(endpoint("b", EndpointType.BATCH)), true, "context.inferenceMode = ASYNC"),
                row("batch mode, batch endpoint", w().context(mode(InferenceMode.BATCH)).endpoint(endpoint("b", EndpointType.BATCH)), false, "context.inferenceMode = BATCH and no hosted endpoint"),
                row("not deployed", w().context(mode(InferenceMode.NOT_DEPLOYED)), false, "NOT_DEPLOYED"),
                row("edge mode, edge endpoint", w().context(mode(InferenceMode.EDGE)).endpoint(endpoint("d", EndpointType.EDGE)), false, "EDGE"),
                row("batch mode, an untyped endpoint", w().context(mode(InferenceMode.BATCH)).endpoint(endpoint("x", null)), null, "endpoints[x].type"),
                row("nothing stated", w(), null, "context.inferenceMode"));
    }

    static Stream<Arguments> inProduction() {
        return Stream.of(
                row("any endpoint", w().endpoint(endpoint("b", EndpointType.BATCH)), true, "an endpoint (hosted, batch or edge) is declared"),
                row("an untyped endpoint counts", w().endpoint(endpoint("x", null)), true, "an endpoint"),
                row("batch mode", w().context(mode(InferenceMode.BATCH)), true, "context.inferenceMode = BATCH"),
                row("edge mode", w().context(mode(InferenceMode.EDGE)), true, "context.inferenceMode = EDGE"),
                row("not deployed", w().context(mode(InferenceMode.NOT_DEPLOYED)), false, "NOT_DEPLOYED and no endpoint"),
                row("not deployed but an endpoint is declared", w().context(mode(InferenceMode.NOT_DEPLOYED)).endpoint(endpoint("e", EndpointType.REAL_TIME)), true, "an endpoint"),
                row("nothing stated", w(), null, "context.inferenceMode"));
    }

    static Stream<Arguments> dataProcessing() {
        return Stream.of(
                row("stated", w().context(Context.builder().ownDataProcessing(true).build()), true, "context.ownDataProcessing = true"),
                row("training data outweighs a stated false", w().context(Context.builder().ownDataProcessing(false).build())
                        .dataset(data("t", DatasetUsage.TRAINING)), true, "a dataset used for training"),
                row("an in-house model outweighs a stated false", w().context(Context.builder().ownDataProcessing(false).build())
                        .model(model("m", ModelSource.AUTOML)), true, "trained or fine-tuned in house"),
                row("stated false, inference data only", w().context(Context.builder().ownDataProcessing(false).build())
                        .dataset(data("i", DatasetUsage.INFERENCE)).model(model("m", ModelSource.FOUNDATION_MODEL_API)), false, "context.ownDataProcessing = false"),
                row("a dataset of unstated usage decides nothing", w().dataset(Dataset.builder("u").build()), null, "context.ownDataProcessing"),
                row("nothing stated", w(), null, "context.ownDataProcessing"));
    }

    static Stream<Arguments> modelTraining() {
        return Stream.of(
                row("an in-house model", w().model(model("m", ModelSource.PRETRAINED_FINETUNED)), true, "trained or fine-tuned in house"),
                row("model-building data", w().model(model("m", ModelSource.PRETRAINED_AS_IS)).dataset(data("l", DatasetUsage.LABELS)), true, "a dataset used for"),
                row("every model used as is", w().model(model("a", ModelSource.PRETRAINED_AS_IS), model("b", ModelSource.MANAGED_AI_SERVICE)), false, "every declared model is used as is"),
                row("no model and no data of its own", w().context(Context.builder().ownDataProcessing(false).build()), false, "context.ownDataProcessing = false and no model"),
                row("a model of unstated source", w().model(model("a", ModelSource.FOUNDATION_MODEL_API), model("b", null)), null, "models[b].source"),
                row("data of its own but no model", w().context(Context.builder().ownDataProcessing(true).build()), null, "context.ownDataProcessing"),
                row("nothing stated", w(), null, "context.ownDataProcessing"));
    }

    static Stream<Arguments> personalData() {
        return Stream.of(
                row("one dataset holds personal data", w().dataset(Dataset.builder("b").containsPersonalData(true).build(),
                        Dataset.builder("a").containsPersonalData(null).build()), true, "containsPersonalData = true for datasets [b]"),
                row("every dataset states none", w().dataset(Dataset.builder("b").containsPersonalData(false).build(),
                        Dataset.builder("a").containsPersonalData(false).build()), false, "for every declared dataset [a, b]"),
                row("one dataset does not say", w().dataset(Dataset.builder("b").containsPersonalData(false).build(),
                        Dataset.builder("a").build()), null, "datasets[a].containsPersonalData"),
                row("no dataset", w(), null, "datasets"));
    }

    static Stream<Arguments> edgeDeployment() {
        return Stream.of(
                row("edge target", w().context(Context.builder().deploymentTarget(DeploymentTarget.EDGE).build()), true, "context.deploymentTarget = EDGE"),
                row("hybrid target", w().context(Context.builder().deploymentTarget(DeploymentTarget.HYBRID).build()), true, "HYBRID"),
                row("edge mode, target not stated", w().context(mode(InferenceMode.EDGE)), true, "context.inferenceMode = EDGE"),
                row("an edge endpoint next to a cloud target", w().context(Context.builder().deploymentTarget(DeploymentTarget.CLOUD).build())
                        .endpoint(endpoint("d", EndpointType.EDGE)), true, "an EDGE endpoint is declared"),
                row("cloud only", w().context(Context.builder().deploymentTarget(DeploymentTarget.CLOUD).build()), false, "CLOUD and no edge inference"),
                row("nothing stated", w(), null, "context.deploymentTarget"));
    }

    static Stream<Arguments> keepsData() {
        return Stream.of(
                row("a dataset is declared", w().dataset(Dataset.builder("a").build()), true, "a dataset is declared"),
                row("it prepares data", w().context(Context.builder().ownDataProcessing(true).build()), true, "ownDataProcessing = true"),
                row("neither", w().context(Context.builder().ownDataProcessing(false).build()), false, "and no dataset is declared"),
                row("nothing stated", w(), null, "context.ownDataProcessing"));
    }

    static Stream<Arguments> affectsIndividuals() {
        return Stream.of(
                row("stated true", w().context(Context.builder().affectsIndividuals(true).build()), true, "context.affectsIndividuals = true"),
                row("stated false", w().context(Context.builder().affectsIndividuals(false).build()), false, "context.affectsIndividuals = false"),
                row("not stated", w(), null, "context.affectsIndividuals"));
    }

    private static Arguments row(String name, Workload.Builder workload, Boolean holds, String basisOrAsk) {
        return Arguments.of(name, workload.build(), holds, basisOrAsk);
    }

    @ParameterizedTest(name = "hosting: {0}")
    @MethodSource("hosting")
    void hosting(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).hosting(), holds, text);
        assertThat(DerivedFacts.of(w).condition(Applicability.HOSTED_ENDPOINT)).isEqualTo(DerivedFacts.of(w).hosting());
    }

    @ParameterizedTest(name = "in production: {0}")
    @MethodSource("inProduction")
    void inProduction(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).inProduction(), holds, text);
        assertThat(DerivedFacts.of(w).condition(Applicability.MODEL_DEPLOYED)).isEqualTo(DerivedFacts.of(w).inProduction());
    }

    @ParameterizedTest(name = "data processing: {0}")
    @MethodSource("dataProcessing")
    void dataProcessing(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).dataProcessing(), holds, text);
        assertThat(DerivedFacts.of(w).condition(Applicability.PREPARES_DATA)).isEqualTo(DerivedFacts.of(w).dataProcessing());
    }

    @ParameterizedTest(name = "model training: {0}")
    @MethodSource("modelTraining")
    void modelTraining(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).modelTraining(), holds, text);
        assertThat(DerivedFacts.of(w).condition(Applicability.TRAINS_MODELS)).isEqualTo(DerivedFacts.of(w).modelTraining());
    }

    @ParameterizedTest(name = "personal data: {0}")
    @MethodSource("personalData")
    void personalData(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).personalData(), holds, text);
        assertThat(DerivedFacts.of(w).condition(Applicability.PERSONAL_DATA)).isEqualTo(DerivedFacts.of(w).personalData());
    }

    @ParameterizedTest(name = "edge deployment: {0}")
    @MethodSource("edgeDeployment")
    void edgeDeployment(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).edgeDeployment(), holds, text);
    }

    @ParameterizedTest(name = "keeps data: {0}")
    @MethodSource("keepsData")
    void keepsData(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).condition(Applicability.KEEPS_DATA), holds, text);
    }

    @ParameterizedTest(name = "affects individuals: {0}")
    @MethodSource("affectsIndividuals")
    void affectsIndividuals(String name, Workload w, Boolean holds, String text) {
        assertDerived(DerivedFacts.of(w).condition(Applicability.AFFECTS_INDIVIDUALS), holds, text);
    }

    /** Decided facts give their basis and ask nothing; undecided ones ask for what would decide them. */
    private static void assertDerived(Derived d, Boolean holds, String text) {
        assertThat(d.holds()).isEqualTo(holds);
        if (holds == null) {
            assertThat(d.asks()).isNotEmpty();
            assertThat(d.asks()).extracting(Missing::fact).anySatisfy(f -> assertThat(f).isEqualTo(text));
            assertThat(d.asks()).allSatisfy(m -> assertThat(m.question()).startsWith("State ").doesNotEndWith("."));
        } else {
            assertThat(d.asks()).isEmpty();
            assertThat(d.basis()).contains(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void everyConditionIsReadFromTheDerivedFacts(Applicability c) {
        Function<Workload, Derived> read = w -> DerivedFacts.of(w).condition(c);
        assertThat(read.apply(Workload.builder("w").build())).isNotNull();
    }

    static Stream<Applicability> all() {
        return Stream.of(Applicability.values());
    }
}
