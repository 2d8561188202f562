package dev.mllens.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void absentSectionsBecomeUnknownAndListsEmpty() {
        Workload w = Workload.builder("w").build();
        assertThat(w.context()).isEqualTo(Context.unknown());
        assertThat(w.context().regulated()).isNull();
        assertThat(w.datasets()).isEmpty();
        assertThat(w.endpoints()).isEmpty();
    }

    @Test
    void collectionsAreCopiedAndImmutable() {
        java.util.HashSet<MonitorType> types = new java.util.HashSet<>(Set.of(MonitorType.DATA_QUALITY));
        Monitoring m = Monitoring.builder().monitorTypes(types).build();
        types.add(MonitorType.BIAS_DRIFT);
        assertThat(m.monitorTypes()).containsExactly(MonitorType.DATA_QUALITY);
        assertThatThrownBy(() -> m.monitorTypes().add(MonitorType.MODEL_QUALITY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Monitoring.builder().monitorTypes().build().monitorTypes()).isEmpty();
        assertThat(Monitoring.builder().build().monitorTypes()).isNull();
    }

    @Test
    void impossibleValuesNameTheField() {
        assertThatThrownBy(() -> AutoScaling.builder().minInstances(3).maxInstances(1).build())
                .isInstanceOfSatisfying(InvalidWorkloadException.class, e -> {
                    assertThat(e.field()).isEqualTo("maxInstances");
                    assertThat(e.problem()).contains("at least minInstances (3)");
                });
        assertThatThrownBy(() -> Training.builder().resourceUtilizationPct(101.0).build())
                .hasMessage("resourceUtilizationPct: must be a percentage from 0 to 100, was 101.0");
        assertThatThrownBy(() -> Environment.builder().overPrivilegedRoles(-1).build())
                .hasMessageStartingWith("overPrivilegedRoles: must not be negative");
        assertThatThrownBy(() -> Dataset.builder(" ").build()).hasMessage("id: is required and must not be blank");
    }

    @Test
    void idsAreUniqueAndReferencesResolve() {
        assertThatThrownBy(() -> Workload.builder("w").dataset(Dataset.builder("d").build(), Dataset.builder("d").build()).build())
                .isInstanceOfSatisfying(InvalidWorkloadException.class, e -> assertThat(e.field()).isEqualTo("datasets[1].id"));
        assertThatThrownBy(() -> Workload.builder("w").model(Model.builder("m").trainingDatasetIds("x").build()).build())
                .isInstanceOfSatisfying(InvalidWorkloadException.class,
                        e -> assertThat(e.field()).isEqualTo("models[0].trainingDatasetIds[0]"));
        assertThatThrownBy(() -> Workload.builder("w").endpoint(Endpoint.builder("e").modelIds("m").build()).build())
                .hasMessageContaining("refers to model 'm', which is not declared");
        Workload ok = Workload.builder("w").dataset(Dataset.builder("d").build())
                .model(Model.builder("m").trainingDatasetIds("d").build())
                .endpoint(Endpoint.builder("e").modelIds("m").build()).build();
        assertThat(ok.dataset("d")).isPresent();
    }

    @Test
    void builderCopiesAreEqualAndAttestationShorthandWorks() {
        Governance g = Governance.builder().escalationPath(true).incidentResponsePlan(Attestation.no("draft"))
                .reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY).build();
        assertThat(g.toBuilder().build()).isEqualTo(g);
        assertThat(g.escalationPath()).isEqualTo(Attestation.of(true));
        assertThat(g.incidentResponsePlan().toString()).isEqualTo("attested no (draft)");
        assertThat(g.reviewCadence()).containsEntry(ReviewTopic.FAIRNESS, Cadence.QUARTERLY);
        assertThat(Model.builder("m").evaluationMetrics("auc").build().evaluationMetrics()).isEqualTo(List.of("auc"));
    }

    @Test
    void factDocsDescribeFactsByTheirPath() {
        assertThat(FactDocs.describe("datasets[transactions].versioned")).get().asString().contains("Immutable versions");
        assertThat(FactDocs.describe("endpoints[fraud-api].autoScaling.enabled")).isPresent();
        assertThat(FactDocs.describe("governance.reviewCadence[FAIRNESS]")).isPresent();
        assertThat(FactDocs.describe("environment.keyRotation")).isPresent();
        assertThat(FactDocs.describe("nonsense.field")).isEmpty();
        assertThat(FactDocs.all()).hasSizeGreaterThan(200);
    }
}
