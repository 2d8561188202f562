package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import dev.mllens.lens.Applicability;
import dev.mllens.workload.Context;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DeploymentTarget;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.InferenceMode;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The facts the engine derives from a workload before its rules run: pure functions of the stated facts,
 * each true, false or undecided, with the facts that decided it. Decided from stated facts only, never
 * from absent ones. The rules find one of each in working memory; the declared conditions of practices
 * ({@link Applicability}) are read from them.
 *
 * @param hosting a hosted endpoint (real-time, serverless, asynchronous) serves predictions
 * @param inProduction a model is deployed, in any serving form
 * @param dataProcessing the workload prepares data of its own
 * @param modelTraining the workload trains or fine-tunes models of its own
 * @param personalData declared datasets hold personal data
 * @param edgeDeployment a model runs on edge devices
 * @param keepsData the workload prepares data of its own or declares datasets
 * @param affectsIndividuals the predictions affect decisions about people
 */
@API(status = API.Status.INTERNAL)
public record DerivedFacts(Hosting hosting, InProduction inProduction, DataProcessing dataProcessing,
        ModelTraining modelTraining, PersonalData personalData, EdgeDeployment edgeDeployment,
        Derived keepsData, Derived affectsIndividuals) {

    private static final Set<EndpointType> HOSTED = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS, EndpointType.ASYNC);

    /** Derives every fact of this workload. */
    public static DerivedFacts of(Workload w) {
        DataProcessing dataProcessing = dataProcessing(w);
        return new DerivedFacts(hosting(w), inProduction(w), dataProcessing, modelTraining(w), personalData(w),
                edgeDeployment(w), keepsData(w, dataProcessing), affectsIndividuals(w.context()));
    }

    /** The derived facts rules match in working memory. */
    public List<Object> workingMemory() {
        return List.of(hosting, inProduction, dataProcessing, modelTraining, personalData, edgeDeployment);
    }

    /** The derived fact that decides a declared condition. */
    public Derived condition(Applicability c) {
        return switch (c) {
            case TRAINS_MODELS -> modelTraining;
            case MODEL_DEPLOYED -> inProduction;
            case HOSTED_ENDPOINT -> hosting;
            case PREPARES_DATA -> dataProcessing;
            case KEEPS_DATA -> keepsData;
            case PERSONAL_DATA -> personalData;
            case AFFECTS_INDIVIDUALS -> affectsIndividuals;
        };
    }

    /**
     * Hosted: an endpoint of type REAL_TIME, SERVERLESS or ASYNC is declared, or else the stated inference
     * mode is REAL_TIME or ASYNC. Not hosted: the inference mode is BATCH, EDGE or NOT_DEPLOYED and no
     * endpoint is hosted or of unstated type.
     */
    static Hosting hosting(Workload w) {
        InferenceMode mode = w.context().inferenceMode();
        if (w.endpoints().stream().anyMatch(e -> HOSTED.contains(e.type()))) {
            return new Hosting(true, "a real-time, serverless or asynchronous endpoint is declared", List.of());
        }
        if (mode == InferenceMode.REAL_TIME || mode == InferenceMode.ASYNC) {
            return new Hosting(true, "context.inferenceMode = " + mode, List.of());
        }
        boolean untyped = w.endpoints().stream().anyMatch(e -> e.type() == null);
        if (mode != null && !untyped) {
            return new Hosting(false, "context.inferenceMode = " + mode + " and no hosted endpoint is declared", List.of());
        }
        List<Missing> asks = new ArrayList<>();
        if (mode == null) {
            asks.add(ask("context.inferenceMode", "how predictions are served (REAL_TIME, ASYNC, BATCH, EDGE or NOT_DEPLOYED)"));
        }
        for (Endpoint e : w.endpoints()) {
            if (e.type() == null) {
                asks.add(ask("endpoints[" + e.id() + "].type", "the inference option of endpoint '" + e.id() + "'"));
            }
        }
        return new Hosting(null, "not decided: " + paths(asks), asks);
    }

    /**
     * In production: an endpoint of any type is declared, or else the inference mode is REAL_TIME, ASYNC,
     * BATCH or EDGE. Not in production: the inference mode is NOT_DEPLOYED and no endpoint is declared.
     */
    static InProduction inProduction(Workload w) {
        InferenceMode mode = w.context().inferenceMode();
        if (!w.endpoints().isEmpty()) {
            return new InProduction(true, "an endpoint (hosted, batch or edge) is declared", List.of());
        }
        if (mode == InferenceMode.NOT_DEPLOYED) {
            return new InProduction(false, "context.inferenceMode = NOT_DEPLOYED and no endpoint is declared", List.of());
        }
        if (mode != null) {
            return new InProduction(true, "context.inferenceMode = " + mode, List.of());
        }
        List<Missing> asks = List.of(ask("context.inferenceMode", "how predictions are served (REAL_TIME, ASYNC, BATCH, EDGE or NOT_DEPLOYED)"));
        return new InProduction(null, "not decided: " + paths(asks), asks);
    }

    /**
     * Prepares data of its own: context.ownDataProcessing = true; or a dataset used to build models is
     * declared; or a model trained or fine-tuned in house is declared. Not: ownDataProcessing = false and
     * none of that evidence is declared.
     */
    static DataProcessing dataProcessing(Workload w) {
        Boolean own = w.context().ownDataProcessing();
        if (Boolean.TRUE.equals(own)) {
            return new DataProcessing(true, "context.ownDataProcessing = true", List.of());
        }
        if (modelBuildingDataDeclared(w)) {
            return new DataProcessing(true, "a dataset used for training, validation, test, features or labels is declared", List.of());
        }
        if (inHouseModelDeclared(w)) {
            return new DataProcessing(true, "a model trained or fine-tuned in house is declared", List.of());
        }
        if (Boolean.FALSE.equals(own)) {
            return new DataProcessing(false, "context.ownDataProcessing = false and no training data or in-house trained model"
                    + " is declared", List.of());
        }
        List<Missing> asks = List.of(ask("context.ownDataProcessing", "whether the workload collects and prepares data of its own"));
        return new DataProcessing(null, "not decided: " + paths(asks), asks);
    }

    /**
     * Trains models: a model trained or fine-tuned in house is declared, or else a dataset used to build
     * models. Not: every declared model is used as is and no model-building dataset is declared; or no
     * model is declared, ownDataProcessing = false and no model-building dataset is declared.
     */
    static ModelTraining modelTraining(Workload w) {
        if (inHouseModelDeclared(w)) {
            return new ModelTraining(true, "a model trained or fine-tuned in house is declared", List.of());
        }
        if (modelBuildingDataDeclared(w)) {
            return new ModelTraining(true, "a dataset used for training, validation, test, features or labels is declared", List.of());
        }
        if (!w.models().isEmpty() && w.models().stream().allMatch(m -> Boolean.TRUE.equals(Judgements.usedAsIs(m.source())))) {
            return new ModelTraining(false, "every declared model is used as is (pretrained, managed AI service or foundation"
                    + " model API) and no training data is declared", List.of());
        }
        if (w.models().isEmpty() && Boolean.FALSE.equals(w.context().ownDataProcessing())) {
            return new ModelTraining(false, "context.ownDataProcessing = false and no model or training data is declared",
                    List.of());
        }
        List<Missing> asks = new ArrayList<>();
        for (Model m : w.models()) {
            if (m.source() == null) {
                asks.add(ask("models[" + m.id() + "].source", "where model '" + m.id() + "' comes from"));
            }
        }
        if (w.models().isEmpty()) {
            asks.add(ask("context.ownDataProcessing", "whether the workload collects and prepares data of its own"));
        }
        return new ModelTraining(null, "not decided: " + paths(asks), asks);
    }

    /**
     * Personal data: a dataset states containsPersonalData = true. None: datasets are declared and every one
     * states containsPersonalData = false.
     */
    static PersonalData personalData(Workload w) {
        List<String> personal = w.datasets().stream().filter(d -> Boolean.TRUE.equals(d.containsPersonalData()))
                .map(Dataset::id).sorted().toList();
        if (!personal.isEmpty()) {
            return new PersonalData(true, "containsPersonalData = true for datasets " + personal, List.of());
        }
        if (!w.datasets().isEmpty() && w.datasets().stream().allMatch(d -> Boolean.FALSE.equals(d.containsPersonalData()))) {
            List<String> all = w.datasets().stream().map(Dataset::id).sorted().toList();
            return new PersonalData(false, "containsPersonalData = false for every declared dataset " + all, List.of());
        }
        List<Missing> asks = new ArrayList<>();
        for (Dataset d : w.datasets()) {
            if (d.containsPersonalData() == null) {
                asks.add(ask("datasets[" + d.id() + "].containsPersonalData", "whether dataset '" + d.id() + "' holds personal data"));
            }
        }
        if (asks.isEmpty()) {
            asks.add(new Missing("datasets", "State which datasets the workload keeps, and whether each holds personal data"));
        }
        return new PersonalData(null, "not decided: " + paths(asks), asks);
    }

    /**
     * Edge: context.deploymentTarget is EDGE or HYBRID; or else the inference mode is EDGE; or else an EDGE
     * endpoint is declared. Cloud only: deploymentTarget = CLOUD, the inference mode is not EDGE and no EDGE
     * endpoint is declared.
     */
    static EdgeDeployment edgeDeployment(Workload w) {
        Context c = w.context();
        DeploymentTarget target = c.deploymentTarget();
        if (target == DeploymentTarget.EDGE || target == DeploymentTarget.HYBRID) {
            return new EdgeDeployment(true, "context.deploymentTarget = " + target, List.of());
        }
        if (c.inferenceMode() == InferenceMode.EDGE) {
            return new EdgeDeployment(true, "context.inferenceMode = EDGE", List.of());
        }
        if (w.endpoints().stream().anyMatch(e -> e.type() == EndpointType.EDGE)) {
            return new EdgeDeployment(true, "an EDGE endpoint is declared", List.of());
        }
        if (target == DeploymentTarget.CLOUD) {
            return new EdgeDeployment(false, "context.deploymentTarget = CLOUD and no edge inference is declared", List.of());
        }
        List<Missing> asks = List.of(ask("context.deploymentTarget", "where the model runs (CLOUD, EDGE or HYBRID)"));
        return new EdgeDeployment(null, "not decided: " + paths(asks), asks);
    }

    /** Keeps data: it prepares data of its own, or declares a dataset. Not: it prepares none and declares none. */
    static Derived keepsData(Workload w, DataProcessing dataProcessing) {
        if (!w.datasets().isEmpty()) {
            return new Decided(true, "a dataset is declared", List.of());
        }
        if (Boolean.TRUE.equals(dataProcessing.inScope())) {
            return new Decided(true, dataProcessing.basis(), List.of());
        }
        if (Boolean.FALSE.equals(dataProcessing.inScope())) {
            return new Decided(false, dataProcessing.basis() + ", and no dataset is declared", List.of());
        }
        return new Decided(null, dataProcessing.basis(), dataProcessing.asks());
    }

    /** Affects individuals: as stated in context.affectsIndividuals. */
    static Derived affectsIndividuals(Context c) {
        Boolean affects = c.affectsIndividuals();
        if (affects == null) {
            List<Missing> asks = List.of(ask("context.affectsIndividuals", "whether the predictions affect decisions about people"));
            return new Decided(null, "not decided: " + paths(asks), asks);
        }
        return new Decided(affects, "context.affectsIndividuals = " + affects, List.of());
    }

    /** A derived fact that rules do not match in working memory, only the engine reads. */
    record Decided(Boolean holds, String basis, List<Missing> asks) implements Derived {
    }

    static boolean modelBuildingDataDeclared(Workload w) {
        return w.datasets().stream().anyMatch(d -> Boolean.TRUE.equals(Judgements.buildsModels(d.usage())));
    }

    static boolean inHouseModelDeclared(Workload w) {
        return w.models().stream().anyMatch(m -> Boolean.TRUE.equals(Judgements.trainedInHouse(m.source())));
    }

    private static Missing ask(String path, String what) {
        return new Missing(path, "State " + what);
    }

    private static String paths(List<Missing> asks) {
        return String.join(", ", asks.stream().map(Missing::fact).toList());
    }
}
