package dev.mllens.rules.practices;

import static dev.mllens.rules.practices.RuleTesting.assertStatus;
import static dev.mllens.rules.practices.RuleTesting.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.DatasetUsage;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.Pipelines;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

class MLOPS02_BP04Test {

    private static final String ID = "MLOPS02-BP04";

    private static Pipelines.Builder tracked() {
        return Pipelines.builder().lineageTracking(true).codeVersioned(true).infrastructureAsCode(true);
    }

    private static Model.Builder traceable() {
        return Model.builder("fraud").source(ModelSource.CUSTOM_FROM_SCRATCH).registered(true).traceableToData(true);
    }

    private static Workload.Builder base(Pipelines pipelines, Model model) {
        return workload().pipelines(pipelines).model(model)
                .training(Training.builder().reproducibleEnvironment(true).build())
                .dataset(Dataset.builder("tx").usage(DatasetUsage.TRAINING).versioned(true).build(),
                        Dataset.builder("live").usage(DatasetUsage.INFERENCE).versioned(false).build());
    }

    @Test
    void metWhenLineageRegistryDataCodeAndEnvironmentAreCaptured() {
        Finding f = assertStatus(ID, base(tracked().build(), traceable().build()).build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString)
                .contains("models[fraud].traceableToData = true", "datasets[tx].versioned = true")
                .noneMatch(e -> e.startsWith("datasets[live]"));
    }

    @Test
    void partiallyMetWhenInfrastructureIsNotCode() {
        Finding f = assertStatus(ID, base(tracked().infrastructureAsCode(false).build(), traceable().build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the infrastructure of a release is not defined as code, so it cannot be rebuilt as it was");
    }

    @Test
    void modelsUsedAsIsNeedNoDataLinksOrTrainingEnvironment() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().build())
                .training(Training.builder().reproducibleEnvironment(false).build())
                .model(Model.builder("vision").source(ModelSource.PRETRAINED_AS_IS).registered(true).build(),
                        Model.builder("assistant").source(ModelSource.FOUNDATION_MODEL_API).build())
                .build(), Status.MET);
        assertThat(f.evidence()).extracting(Object::toString).contains("models[vision].registered = true")
                .noneMatch(e -> e.startsWith("models[vision].traceableToData") || e.startsWith("models[assistant]")
                        || e.startsWith("training."));
    }

    @Test
    void notMetWithoutLineageOrRegistry() {
        Finding f = assertStatus(ID, base(tracked().lineageTracking(false).build(),
                traceable().registered(false).build()).build(), Status.NOT_MET);
        assertThat(f.gapTexts()).contains("versions of model 'fraud' are not kept in a model registry");
        assertThat(f.actions()).hasSize(2);
    }

    @Test
    void insufficientEvidenceWhenNoModelsOrDatasetsAreDeclared() {
        Finding f = assertStatus(ID, workload().pipelines(tracked().build())
                .training(Training.builder().reproducibleEnvironment(true).build()).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models", "datasets");
    }

    @Test
    void modelRegistryLinksEachVersionToTheDataAndCodeItCameFrom() {
        Finding f = assertStatus(ID, base(tracked().build(), traceable().traceableToData(false).build()).build(),
                Status.PARTIALLY_MET);
        assertThat(f.gapTexts()).containsExactly(
                "the registry entry of model 'fraud' does not link to the data versions and code commit it came from");
    }

    @Test
    void aModelOfUnstatedSourceIsAskedForItsSourceRatherThanFailedForNoRegistryEntry() {
        // a provider-hosted model has nothing to register and a model used as is no data to link, so an
        // unstated source decides whether the missing entry is a gap
        Model unknown = Model.builder("fraud").registered(false).traceableToData(false).build();
        Finding f = assertStatus(ID, base(tracked().build(), unknown).build(), Status.INSUFFICIENT_EVIDENCE);
        assertThat(f.gaps()).isEmpty();
        assertThat(f.missing()).extracting(Missing::fact).containsExactly("models[fraud].source");
    }

    @Test
    void reproducibleTrainingEnvironmentAsksWhetherTheWorkloadTrainsWhenThatIsUndecided() {
        Finding f = RuleTesting.finding(ID, workload().pipelines(tracked().build())
                .training(Training.builder().reproducibleEnvironment(false).build())
                .model(Model.builder("fraud").registered(true).traceableToData(true).build())
                .dataset(Dataset.builder("live").usage(DatasetUsage.INFERENCE).build()).build());
        assertThat(f.gapTexts()).containsExactly("training does not run in pinned containers against a specific data version,"
                + " so a release cannot be reproduced");
        assertThat(f.missing()).extracting(Missing::fact).contains("models[fraud].source");
    }
}
