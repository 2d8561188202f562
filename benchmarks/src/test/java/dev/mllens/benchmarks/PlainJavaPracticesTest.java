package dev.mllens.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.rules.RuleBase;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Context;
import dev.mllens.workload.DataPrepTooling;
import dev.mllens.workload.Model;
import dev.mllens.workload.ModelSource;
import dev.mllens.workload.ProfileState;
import dev.mllens.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plain-Java reference concludes exactly what the rules of its five practices conclude. */
class PlainJavaPracticesTest {

    private static RuleBase rules;
    private final PlainJavaPractices plain = new PlainJavaPractices();

    @BeforeAll
    static void load() {
        rules = RuleBase.loadOnly(PlainJavaPractices.PRACTICES);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    @Test
    void theSubsetHoldsOnlyTheTranscribedPractices() {
        assertThat(rules.practicesWithRules()).containsExactlyInAnyOrderElementsOf(PlainJavaPractices.PRACTICES);
    }

    @Test
    void findingsEqualTheRuleEnginesOnVariedWorkloads() {
        List<Workload> workloads = variants();
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            List<Finding> expected = rules.evaluate(w, p -> PlainJavaPractices.PRACTICES.contains(p.id()));
            assertThat(plain.evaluate(w)).as("variant %d", i).hasSize(5).isEqualTo(expected);
        }
        // the variants reach different conclusions, so the equality above is not of five constant findings
        assertThat(workloads.stream().map(w -> plain.evaluate(w).toString()).distinct().count()).isGreaterThan(10);
    }

    private static List<Workload> variants() {
        Workload sample = Samples.fraudDetection();
        List<Workload> out = new ArrayList<>();
        out.add(sample);
        out.add(Workload.builder("empty").build());
        for (int n : new int[] {0, 1, 3, 10, 39}) {
            out.add(Workloads.withEntities(sample, n));
        }
        int i = 0;
        for (ModelSource source : withNull(ModelSource.values())) {
            for (DataPrepTooling tooling : withNull(DataPrepTooling.values())) {
                ProfileState profile = withNull(ProfileState.values()).get(i % (ProfileState.values().length + 1));
                Workload.Builder b = Workload.builder("variant-" + i++).name(sample.name())
                        .context(sample.context().toBuilder().profile(profile).build())
                        .governance(sample.governance()).pipelines(sample.pipelines()).training(sample.training())
                        .environment(sample.environment().toBuilder().dataPrepTooling(tooling).build());
                sample.datasets().forEach(b::dataset);
                sample.endpoints().forEach(b::endpoint);
                for (Model m : sample.models()) {
                    b.model(m.toBuilder().source(source).owner(i % 3 == 0 ? null : m.owner()).build());
                }
                out.add(b.build());
            }
        }
        out.add(sample.toBuilder().context(Context.builder().build()).build());
        return out;
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> out = new ArrayList<>(List.of(values));
        out.add(null);
        return out;
    }
}
