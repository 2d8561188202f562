package dev.mllens.benchmarks;

import dev.mllens.rules.internal.readers.Context_;
import dev.mllens.rules.internal.readers.Environment_;
import dev.mllens.rules.internal.readers.Governance_;
import dev.mllens.rules.internal.readers.Model_;
import dev.mllens.rules.internal.readers.Pipelines_;
import dev.mllens.rules.internal.readers.Training_;
import dev.mllens.rules.internal.readers.Workload_;
import static dev.mllens.rules.internal.Facts.across;
import static dev.mllens.rules.internal.Facts.entry;
import static dev.mllens.rules.internal.Facts.fact;
import static dev.mllens.rules.internal.Facts.none;

import dev.mllens.finding.Finding;
import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.rules.internal.Check;
import dev.mllens.rules.internal.CheckSpec;
import dev.mllens.rules.internal.Conclusions;
import dev.mllens.rules.internal.DerivedFacts;
import dev.mllens.rules.internal.Judged;
import dev.mllens.rules.internal.Judgements;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataPrepTooling;
import dev.mllens.workload.Environment;
import dev.mllens.workload.FineTuningMethod;
import dev.mllens.workload.Governance;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.ProfileState;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference for the engine's overhead: five practices' rules written by hand in plain Java, with the
 * same checks (each a transcription of one DRL rule, condition and consequence) and the same
 * {@link Conclusions}, so that only matching and firing differ. {@code PlainJavaPracticesTest} holds
 * its findings equal to the rule engine's for the same practices.
 */
final class PlainJavaPractices {

    /** The practices transcribed here, in lens order. */
    static final Set<String> PRACTICES = Set.of("MLOPS01-BP01", "MLOPS02-BP02", "MLCOST02-BP02", "MLCOST03-BP02", "MLSUS02-BP01");

    private final Map<String, CheckSpec> specs = new HashMap<>();
    private final List<BestPractice> practices;

    PlainJavaPractices() {
        practices = Lens.catalog().practices().stream().filter(p -> PRACTICES.contains(p.id())).toList();
        spec("MLOPS01-BP01 skills training program", "core", "S1", "continuous ML skills training");
        spec("MLOPS01-BP01 cross-functional team", "supporting", "S2", null);
        spec("MLOPS01-BP01 fairness skills", "supporting", "S3", "team trained on fairness");
        spec("MLOPS01-BP01 responsible AI framework", "core", "S4", "responsible-AI guidelines with an owner");
        spec("MLOPS01-BP01 named owner per model", "core", "S5", null);
        spec("MLOPS01-BP01 no models declared", "core", "S5", "named owner per model");
        spec("MLOPS01-BP01 model decisions recorded", "supporting", "S5", "model decisions and approvals recorded");
        spec("MLOPS01-BP01 room to experiment", "supporting", "S6", "time and sandbox to experiment");
        spec("MLOPS01-BP01 ML practice metrics reviewed", "supporting", "S7", null);
        spec("MLOPS02-BP02 current and target profile", "core", "S1", "current and target profile documented");
        spec("MLOPS02-BP02 cold start tolerance in the profile", "core", "S1", "current and target profile documented");
        spec("MLOPS02-BP02 profile revisited", "supporting", "S7", "profile revisited on a cadence");
        spec("MLCOST02-BP02 custom and pre-trained options compared", "core", "S4", null);
        spec("MLCOST02-BP02 pre-trained model validated for the use case", "core", "S3", null);
        spec("MLCOST02-BP02 pre-trained model terms reviewed", "supporting", "S3", null);
        spec("MLCOST03-BP02 low-code or generated data preparation", "core", "S1", null);
        spec("MLCOST03-BP02 visual data preparation", "supporting", "S1", null);
        spec("MLCOST03-BP02 AI-assisted data preparation", "supporting", "S4", null);
        spec("MLCOST03-BP02 data flow exported to production", "supporting", "S8", null);
        spec("MLSUS02-BP01 AI services and pretrained models compared", "core", "S2", "AI services and pretrained models considered");
        spec("MLSUS02-BP01 every model reuses existing capability", "core", "S2", "AI services and pretrained models considered");
        spec("MLSUS02-BP01 model reuses existing capability", "core", "S4", "no needless training from scratch");
        spec("MLSUS02-BP01 parameter-efficient fine-tuning", "supporting", "S5", null);
    }

    private void spec(String rule, String kind, String step, String label) {
        BestPractice p = Lens.catalog().require(rule.substring(0, rule.indexOf(' ')));
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(kind, step);
        if (label != null) {
            metadata.put("label", label);
        }
        specs.put(rule, CheckSpec.of(p, rule, metadata));
    }

    /** One finding per transcribed practice, in lens order. */
    List<Finding> evaluate(Workload w) {
        DerivedFacts derived = DerivedFacts.of(w);
        Map<String, List<Judged>> checks = new HashMap<>();
        Checks out = (rule, check) -> checks.computeIfAbsent(rule.substring(0, rule.indexOf(' ')), k -> new ArrayList<>())
                .add(Judged.of(specs.get(rule), check));
        mlops01bp01(w, out);
        mlops02bp02(w, derived, out);
        mlcost02bp02(w, out);
        mlcost03bp02(w, out);
        mlsus02bp01(w, out);
        List<Finding> findings = new ArrayList<>(practices.size());
        for (BestPractice p : practices) {
            findings.add(Conclusions.conclude(p, checks.getOrDefault(p.id(), List.of()), List.of(), derived));
        }
        return findings;
    }

    /** Where a transcribed rule's consequence puts its check. */
    private interface Checks {
        void add(String rule, Check check);
    }

    private static void mlops01bp01(Workload w, Checks out) {
        Governance g = w.governance();
        out.add("MLOPS01-BP01 skills training program", Check.requiresAttested(fact(g, Governance_.skillsTrainingProgram))
                .gap("there is no role-based, continuous ML skills training plan")
                .ask("State whether a role-based, continuous ML learning plan exists for the team (link it in the note)."));
        out.add("MLOPS01-BP01 cross-functional team", Check.requiresAttested(fact(g, Governance_.crossFunctionalTeam))
                .gap("the ML team does not combine data science, engineering, domain and risk or legal expertise")
                .ask("State whether the team combines data science, engineering, domain experts and risk or legal people."));
        out.add("MLOPS01-BP01 fairness skills", Check.requiresAttested(fact(g, Governance_.fairnessTraining))
                .gap("the team is trained on technical skills only, not on fairness and responsible AI")
                .ask("State whether the team is trained on fairness, bias and responsible AI."));
        out.add("MLOPS01-BP01 responsible AI framework", Check.requiresAttested(fact(g, Governance_.responsibleAiFramework))
                .gap("no written responsible-AI guidelines owned by a named body")
                .ask("State whether written responsible-AI guidelines exist and which body owns them (name it in the note)."));
        for (Model m : w.models()) {
            out.add("MLOPS01-BP01 named owner per model", Check.fact(fact(m, Model_.owner))
                    .verdict(Judgements.named(m.owner()))
                    .gap("model '" + m.id() + "' has no named accountable owner")
                    .ask("Name the person or team accountable for model '" + m.id() + "' in production."));
        }
        if (w.models().isEmpty()) {
            out.add("MLOPS01-BP01 no models declared", Check.fact(none(Workload_.models))
                    .unknown()
                    .ask("Declare the workload's models, each with its accountable owner."));
        }
        out.add("MLOPS01-BP01 model decisions recorded", Check.requiresAttested(fact(g, Governance_.accountabilityDocumented))
                .gap("decisions, owners and approvals about the models are not recorded in a decision log or model documentation")
                .ask("State whether model decisions, owners and approvals are recorded (decision log, model documentation; link it in the note)."));
        out.add("MLOPS01-BP01 room to experiment", Check.requiresAttested(fact(g, Governance_.experimentationTimeAllowed))
                .gap("the team has no time or sandbox to learn and try new techniques")
                .ask("State whether the team has time and a sandbox away from production to experiment."));
        out.add("MLOPS01-BP01 ML practice metrics reviewed", Check.requiresAttested(fact(g, Governance_.operationsMetricsReviewed))
                .gap("metrics about the ML practice itself (lead time, incidents, adoption) are not reviewed")
                .ask("State whether metrics about the ML practice (lead time, incidents, adoption) are reviewed."));
    }

    private static void mlops02bp02(Workload w, DerivedFacts derived, Checks out) {
        Context c = w.context();
        out.add("MLOPS02-BP02 current and target profile", Check.fact(fact(c, Context_.profile))
                .fact(fact(c, Context_.trafficPattern))
                .fact(fact(c, Context_.latencyRequirement))
                .verdict(Check.all(Check.in(c.profile(), ProfileState.CURRENT_AND_TARGET),
                        Check.all(c.trafficPattern() == null ? null : true, c.latencyRequirement() == null ? null : true)))
                .gap(c.profile() == ProfileState.CURRENT_ONLY
                        ? "the ML profile describes only the current state, not the target state"
                        : "no ML profile of the workload's deployment characteristics is documented"));
        if (!Boolean.FALSE.equals(derived.hosting().hosted())) {
            out.add("MLOPS02-BP02 cold start tolerance in the profile", Check.fact(fact(c, Context_.coldStartToleranceMs))
                    .verdict(c.coldStartToleranceMs() == null ? null : true)
                    .judgedAsIf(derived.hosting()));
        }
        Governance g = w.governance();
        out.add("MLOPS02-BP02 profile revisited", Check.fact(entry(g, Governance_.reviewCadence, ReviewTopic.ML_PROFILE))
                .verdict(Judgements.recurring(g.reviewCadence(), ReviewTopic.ML_PROFILE))
                .gap("the ML profile is not revisited on a recurring schedule")
                .ask("State how often the ML profile is reviewed (NONE, AD_HOC, ANNUAL, QUARTERLY, MONTHLY, WEEKLY, CONTINUOUS)."));
    }

    private static void mlcost02bp02(Workload w, Checks out) {
        Context c = w.context();
        out.add("MLCOST02-BP02 custom and pre-trained options compared", Check.requiresAttested(fact(c, Context_.buildVsBuyEvaluated))
                .gap("building a custom model was not weighed against pre-trained models and managed AI services on total cost of ownership"));
        for (Model m : w.models()) {
            if (Boolean.TRUE.equals(Judgements.fromOutside(m.source()))) {
                out.add("MLCOST02-BP02 pre-trained model validated for the use case", Check.fact(fact(m, Model_.source))
                        .requiresAttested(fact(m, Model_.pretrainedFitValidated))
                        .gap("pre-trained model '" + m.id() + "' is used without checking that it meets the use case's accuracy, latency and business requirements"));
                out.add("MLCOST02-BP02 pre-trained model terms reviewed", Check.requiresAttested(fact(m, Model_.licenseReviewed))
                        .gap("the licence, security and privacy terms of pre-trained model '" + m.id() + "' were not reviewed"));
            }
        }
    }

    private static void mlcost03bp02(Workload w, Checks out) {
        Environment e = w.environment();
        out.add("MLCOST03-BP02 low-code or generated data preparation", Check.fact(fact(e, Environment_.dataPrepTooling))
                .verdict(Check.in(e.dataPrepTooling(), DataPrepTooling.LOW_CODE, DataPrepTooling.LOW_CODE_WITH_AI_ASSIST,
                        DataPrepTooling.AI_CODE_ASSISTANT))
                .gap("data is prepared and explored only with hand-written scripts, without a no-code, low-code or code generation tool"));
        if (e.dataPrepTooling() == DataPrepTooling.LOW_CODE || e.dataPrepTooling() == DataPrepTooling.LOW_CODE_WITH_AI_ASSIST
                || e.dataPrepTooling() == DataPrepTooling.AI_CODE_ASSISTANT) {
            out.add("MLCOST03-BP02 visual data preparation", Check.fact(fact(e, Environment_.dataPrepTooling))
                    .verdict(e.dataPrepTooling() != DataPrepTooling.AI_CODE_ASSISTANT)
                    .gap("data is explored and transformed only through generated scripts, without a visual no-code or low-code tool that shows distributions and applies built-in transformations"));
            out.add("MLCOST03-BP02 AI-assisted data preparation", Check.fact(fact(e, Environment_.dataPrepTooling))
                    .verdict(e.dataPrepTooling() != DataPrepTooling.LOW_CODE)
                    .gap("the low-code data preparation tool is used without a generative AI assistant that suggests transformations and writes code"));
        }
        Pipelines p = w.pipelines();
        out.add("MLCOST03-BP02 data flow exported to production", Check.requires(fact(p, Pipelines_.dataPrepExportedToPipeline))
                .gap("interactive data preparation is not exported into the production pipeline, so it cannot be reproduced"));
    }

    private static void mlsus02bp01(Workload w, Checks out) {
        Context c = w.context();
        boolean allReused = !w.models().isEmpty()
                && w.models().stream().allMatch(m -> Boolean.TRUE.equals(Judgements.fromOutside(m.source())));
        if (allReused) {
            // the comparison's outcome is in the facts: every declared model is a managed service or pretrained
            out.add("MLSUS02-BP01 every model reuses existing capability", Check.fact(across(Workload_.models, Model_.source,
                    "every declared model is a managed AI service, foundation model API or pretrained model"))
                    .verdict(Boolean.TRUE));
        } else {
            out.add("MLSUS02-BP01 AI services and pretrained models compared", Check.requiresAttested(fact(c, Context_.buildVsBuyEvaluated))
                    .gap("managed AI services and pretrained models were not compared with building a custom model"));
        }
        for (Model m : w.models()) {
            Boolean reused = Judgements.fromOutside(m.source());
            Boolean compared = Check.holds(c.buildVsBuyEvaluated());
            out.add("MLSUS02-BP01 model reuses existing capability", Check.fact(fact(m, Model_.source))
                    .fact(fact(c, Context_.buildVsBuyEvaluated))
                    .verdict(Judgements.requiredIf(reused, compared == null ? null : !compared))
                    .gap("model '" + m.id() + "' is trained from scratch (" + m.source() + ") without checking for a managed service"
                            + " or pretrained model"));
        }
        if (w.models().stream().anyMatch(m -> m.source() == ModelSource.PRETRAINED_FINETUNED)) {
            Training t = w.training();
            out.add("MLSUS02-BP01 parameter-efficient fine-tuning", Check.fact(fact(t, Training_.fineTuningMethod))
                    .verdict(Check.in(t.fineTuningMethod(), FineTuningMethod.PARAMETER_EFFICIENT))
                    .gap("pretrained models are fine-tuned in full rather than with a parameter-efficient method"));
        }
    }
}
