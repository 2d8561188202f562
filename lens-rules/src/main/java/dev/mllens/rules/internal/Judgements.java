package dev.mllens.rules.internal;

import dev.mllens.workload.Cadence;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.DeploymentStrategy;
import dev.mllens.workload.EndpointType;
import dev.mllens.workload.ExplainabilityLevel;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.TrafficPattern;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Three-valued readings shared by the practice rules, for facts whose reading is more than a yes/no:
 * recurring reviews, named owners, where a model comes from, what a dataset is for. Every reading returns
 * {@code null} when the facts do not decide it, never a default; in a DRL constraint compare it with
 * {@code == true} (only when it holds) or {@code != false} (unless it is known not to hold).
 */
@API(status = API.Status.INTERNAL)
public final class Judgements {

    private Judgements() {
    }

    /** The stated cadence of a review topic, or null when the map or the topic is not stated. */
    public static Cadence cadence(Map<ReviewTopic, Cadence> cadences, ReviewTopic topic) {
        return cadences == null ? null : cadences.get(topic);
    }

    /**
     * Whether the topic is reviewed on a real cadence: NONE and AD_HOC are not one. Null when the
     * cadence of the topic is not stated (a map that leaves the topic out says nothing about it).
     */
    public static Boolean recurring(Map<ReviewTopic, Cadence> cadences, ReviewTopic topic) {
        Cadence c = cadence(cadences, topic);
        return c == null ? null : c != Cadence.NONE && c != Cadence.AD_HOC;
    }

    /** Whether a person or team is named: null when not stated, false when blank. */
    public static Boolean named(String name) {
        return name == null ? null : !name.isBlank();
    }

    /**
     * A verdict that only counts when a condition holds: it passes when the verdict is true or the
     * condition is known not to hold (the requirement does not apply, whatever the verdict); false fails
     * only when the condition is known to hold; anything else is unknown. Used where a requirement
     * depends on a context fact that may be missing.
     */
    public static Boolean requiredIf(Boolean verdict, Boolean condition) {
        if (Boolean.TRUE.equals(verdict) || Boolean.FALSE.equals(condition)) {
            return true;
        }
        if (verdict == null || condition == null) {
            return null;
        }
        return !condition;
    }

    private static final Set<DatasetUsage> MODEL_BUILDING = EnumSet.of(DatasetUsage.TRAINING,
            DatasetUsage.VALIDATION, DatasetUsage.TEST, DatasetUsage.FEATURES, DatasetUsage.LABELS);

    /**
     * Whether a dataset with this usage is used to build models (training, validation, test, features,
     * labels); false for data used only for inference or as a monitoring baseline; null when the usage is
     * not stated.
     */
    public static Boolean buildsModels(Set<DatasetUsage> usage) {
        if (usage == null) {
            return null;
        }
        for (DatasetUsage u : usage) {
            if (MODEL_BUILDING.contains(u)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<ModelSource> TRAINED_IN_HOUSE = EnumSet.of(ModelSource.CUSTOM_FROM_SCRATCH,
            ModelSource.BUILT_IN_ALGORITHM, ModelSource.AUTOML, ModelSource.PRETRAINED_FINETUNED);
    private static final Set<ModelSource> PROVIDER_HOSTED = EnumSet.of(ModelSource.MANAGED_AI_SERVICE,
            ModelSource.FOUNDATION_MODEL_API);

    /**
     * Whether the team trains or fine-tunes a model from this source (custom, built-in algorithm, AutoML,
     * fine-tuned pretrained model); null when the source is not stated.
     */
    public static Boolean trainedInHouse(ModelSource source) {
        return source == null ? null : TRAINED_IN_HOUSE.contains(source);
    }

    /**
     * Whether a model from this source is used as it is, without training of the team's own (a pretrained
     * model, a managed AI service, a foundation model API); null when the source is not stated.
     */
    public static Boolean usedAsIs(ModelSource source) {
        return source == null ? null : !TRAINED_IN_HOUSE.contains(source);
    }

    /**
     * Whether a model from this source is served by a provider (managed AI service, foundation model API),
     * so the team runs no hardware for it; null when the source is not stated.
     */
    public static Boolean providerHosted(ModelSource source) {
        return source == null ? null : PROVIDER_HOSTED.contains(source);
    }

    /**
     * Whether a model from this source comes from outside the team: a pretrained model (used as is or
     * fine-tuned), a managed AI service or a foundation model API. Custom, built-in-algorithm and AutoML
     * models are the team's own. Null when the source is not stated.
     */
    public static Boolean fromOutside(ModelSource source) {
        return source == null ? null : !TRAINED_IN_HOUSE.contains(source) || source == ModelSource.PRETRAINED_FINETUNED;
    }

    private static final Set<DeploymentStrategy> STAGED = EnumSet.of(DeploymentStrategy.BLUE_GREEN,
            DeploymentStrategy.CANARY, DeploymentStrategy.LINEAR, DeploymentStrategy.SHADOW, DeploymentStrategy.AB_TEST);

    /**
     * Whether a release combines at least one strategy that keeps the current version serving while the new
     * one is proven (blue/green, canary, linear, shadow, A/B), instead of only moving all traffic at once;
     * null when the strategies are not stated. Blue/green with an all-at-once switch counts: the old fleet
     * stays ready to switch back to.
     */
    public static Boolean stagedRelease(Set<DeploymentStrategy> strategies) {
        return strategies == null ? null : strategies.stream().anyMatch(STAGED::contains);
    }

    /**
     * Whether the load on the model varies over time (spiky, intermittent or batch traffic), so fixed capacity
     * or fixed thresholds fit it badly; false for steady traffic; null when the pattern is not stated.
     */
    public static Boolean trafficVaries(TrafficPattern pattern) {
        return pattern == null ? null : pattern != TrafficPattern.STEADY;
    }

    /**
     * Whether the stakeholders asked for explanations beyond the minimum: any agreed level but LOW; null
     * when no level is stated.
     */
    public static Boolean explanationsAsked(ExplainabilityLevel level) {
        return level == null ? null : level != ExplainabilityLevel.LOW;
    }

    private static final Set<EndpointType> HOSTED = EnumSet.of(EndpointType.REAL_TIME, EndpointType.SERVERLESS,
            EndpointType.ASYNC);

    /**
     * Whether an endpoint of this type is hosted and serves requests (real-time, serverless, asynchronous);
     * false for batch and edge; null when the type is not stated.
     */
    public static Boolean hostedEndpoint(EndpointType type) {
        return type == null ? null : HOSTED.contains(type);
    }

    /**
     * The release strategies as a gap sentence names them, e.g. "BLUE_GREEN + CANARY": "not stated" when
     * not stated, "none" when stated empty.
     */
    public static String strategies(Set<DeploymentStrategy> strategies) {
        if (strategies == null) {
            return "not stated";
        }
        return strategies.isEmpty() ? "none"
                : strategies.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(" + "));
    }
}
