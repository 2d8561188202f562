package dev.mllens.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The records are the one source of the fact model: the docs, the schema and the value checks are read from
 * their {@link Fact} annotations, so they cannot disagree. The published schema is pinned by a golden file:
 * a change to the model shows as a diff of it in review.
 */
class FactModelTest {

    private static final String GOLDEN = "workload.schema.golden.json";

    @Test
    void theSchemaDerivedFromTheRecordsIsTheGoldenOne() throws IOException {
        String golden;
        try (InputStream in = FactModelTest.class.getResourceAsStream(GOLDEN)) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!golden.equals(WorkloadSchema.json())) {
            Path actual = Path.of("target", GOLDEN.replace("golden", "actual"));
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, WorkloadSchema.json());
            assertThat(WorkloadSchema.json())
                    .as("the schema changed: review " + actual + " and copy it to src/test/resources/dev/mllens/workload/" + GOLDEN)
                    .isEqualTo(golden);
        }
    }

    @Test
    void everyComponentOfEverySectionSaysWhatItMeans() {
        for (Class<?> type : FactModel.get().valueTypes()) {
            assertThat(type.getAnnotation(Fact.class)).as(type.getSimpleName()).isNotNull();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Fact f = c.getAnnotation(Fact.class);
                    if (f != null) {
                        assertThat(f.value()).as(type.getSimpleName() + "." + c.getName()).endsWith(".").hasSizeGreaterThan(10);
                    } else {
                        assertThat(c.getType().isRecord()).as(type.getSimpleName() + "." + c.getName() + " has no @Fact").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void docsAreReadFromTheRecordsByPath() {
        assertThat(FactDocs.describe("datasets[transactions].versioned")).hasValue(
                Dataset.class.getRecordComponents()[indexOf(Dataset.class, "versioned")].getAnnotation(Fact.class).value());
        assertThat(FactDocs.describe("endpoints[fraud-api].autoScaling.maxInstances")).hasValue("Upper bound of instances.");
        assertThat(FactDocs.describe("governance.reviewCadence[FAIRNESS]")).hasValue("How often each topic is reviewed.");
        assertThat(FactDocs.describe("training.noSuchFact")).isEmpty();
        assertThat(FactDocs.all()).containsKey("cost.taggingCompliancePct").doesNotContainKey("id");
        assertThat(FactDocs.all().keySet()).allSatisfy(p -> assertThat(FactModel.get().fact(p)).isPresent());
    }

    @Test
    void sectionsAndSubjectsAreNamedAsInTheDocument() {
        assertThat(FactModel.get().sections()).extracting(FactModel.Section::name).containsExactly("context", "governance",
                "businessGoal", "datasets", "featureStore", "pipelines", "training", "models", "endpoints", "monitoring",
                "environment", "cost", "sustainability");
        assertThat(FactModel.get().subjectPath(CostControls.unknown())).isEqualTo("cost");
        assertThat(FactModel.get().subjectPath(Model.builder("churn").build())).isEqualTo("models[churn]");
        assertThatThrownBy(() -> FactModel.get().subjectPath("a string")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flattenListsTheWorkloadItsSectionsAndItsEntitiesInDocumentOrder() {
        Workload w = Workload.builder("w").dataset(Dataset.builder("d1").build(), Dataset.builder("d2").build())
                .endpoint(Endpoint.builder("e").build()).build();
        assertThat(FactModel.get().flatten(w)).containsExactly(w, w.context(), w.governance(), w.businessGoal(),
                w.datasets().get(0), w.datasets().get(1), w.featureStore(), w.pipelines(), w.training(), w.endpoints().get(0),
                w.monitoring(), w.environment(), w.cost(), w.sustainability());
    }

    @Test
    void aWorkloadChecksEveryValueAndNamesItsFullPath() {
        // records take any values; builders and workloads check them
        Endpoint bad = record(Endpoint.class, "id", "e", "autoScaling", new AutoScaling(true, 3, 1, null, null, null, null));
        assertThatThrownBy(() -> bad.toBuilder().build()).hasMessage("autoScaling.maxInstances: must be at least minInstances (3), was 1");
        assertThatThrownBy(() -> Workload.builder("w").endpoint(Endpoint.builder("ok").build(), bad).build())
                .isInstanceOfSatisfying(InvalidWorkloadException.class, e -> {
                    assertThat(e.field()).isEqualTo("endpoints[1].autoScaling.maxInstances");
                    assertThat(e.problem()).isEqualTo("must be at least minInstances (3), was 1");
                });
        Training negative = Training.unknown().toBuilder().build();
        assertThat(negative).isEqualTo(Training.unknown());
        CostControls overfull = record(CostControls.class, "taggingCompliancePct", 120.0);
        assertThatThrownBy(() -> Workload.builder("w").cost(overfull).build())
                .hasMessage("cost.taggingCompliancePct: must be a percentage from 0 to 100, was 120.0");
        assertThatThrownBy(() -> Workload.builder(" ").build()).hasMessage("id: is required and must not be blank");
    }

    /** A record with the given components and every other one null, built without its builder's checks. */
    private static <T extends Record> T record(Class<T> type, Object... namesAndValues) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            for (int k = 0; k < namesAndValues.length; k += 2) {
                if (cs[i].getName().equals(namesAndValues[k])) {
                    args[i] = namesAndValues[k + 1];
                }
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static int indexOf(Class<?> type, String name) {
        RecordComponent[] cs = type.getRecordComponents();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }
}
