package dev.mllens.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.workload.Attestation;
import dev.mllens.workload.FactModel;
import dev.mllens.workload.MonitorType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Evidence keeps a fact's value typed, and renders it for people as the text reports always did. */
class EvidenceTest {

    @Test
    void scalarsStayAsTheyAre() {
        assertThat(new Evidence("a", true).value()).isEqualTo(Boolean.TRUE);
        assertThat(new Evidence("a", 3).value()).isEqualTo(3);
        assertThat(new Evidence("a", 2.5).value()).isEqualTo(2.5);
        assertThat(new Evidence("a", MonitorType.DATA_QUALITY).value()).isSameAs(MonitorType.DATA_QUALITY);
        assertThat(new Evidence("a", "basis").text()).isEqualTo("basis");
        assertThat(new Evidence("a", false).text()).isEqualTo("false");
    }

    @Test
    void aSetBecomesAListInTheSetsOrder() {
        Evidence e = new Evidence("monitoring.monitorTypes", EnumSet.of(MonitorType.MODEL_QUALITY, MonitorType.DATA_QUALITY));
        assertThat(e.value()).isEqualTo(List.of(MonitorType.DATA_QUALITY, MonitorType.MODEL_QUALITY));
        assertThat(e.text()).isEqualTo("[DATA_QUALITY, MODEL_QUALITY]");
        assertThat(new Evidence("monitoring.monitorTypes", Set.of()).text()).isEqualTo("none");
        assertThatThrownBy(() -> ((List<?>) e.value()).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void notStatedIsNull() {
        Evidence e = new Evidence("training.interNodeEncryption", null);
        assertThat(e.stated()).isFalse();
        assertThat(e.text()).isEqualTo("not stated");
        assertThat(e).hasToString("training.interNodeEncryption = not stated");
    }

    @Test
    void anAttestationKeepsItsParts() {
        Attestation a = new Attestation(true, "runbook RB-12", "ML lead");
        Evidence e = new Evidence("governance.escalationPath", a);
        assertThat(e.value()).isSameAs(a);
        assertThat(e.text()).isEqualTo("attested yes (runbook RB-12) by ML lead");
    }

    @Test
    void valuesNoFactHasAreRefused() {
        assertThatThrownBy(() -> new Evidence("x", Map.of("k", 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evidence x: ").hasMessageContaining("java.util.");
        assertThatThrownBy(() -> new Evidence("x", List.of(List.of(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Evidence("x", new Gap("y", "z"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Gap.class.getName());
    }

    @Test
    void everyFactOfTheModelHasAValueEvidenceCanCarry() {
        List<FactModel.FactInfo> facts = FactModel.get().facts();
        assertThat(facts).hasSizeGreaterThan(200);
        for (FactModel.FactInfo f : facts) {
            Type type = f.type();
            if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
                type = p.getActualTypeArguments()[1]; // a map fact is cited entry by entry
            } else if (type instanceof ParameterizedType p) {
                type = p.getActualTypeArguments()[0]; // a set or list: its elements must be scalars
            }
            assertThat(carried((Class<?>) type)).as(f.path() + " of type " + f.type()).isTrue();
        }
    }

    private static boolean carried(Class<?> c) {
        return c == Boolean.class || c == boolean.class || c == Integer.class || c == Double.class || c == String.class
                || c.isEnum() || c == Attestation.class;
    }

    @Test
    void aGapNamesItsFact() {
        Gap g = new Gap("datasets[tx].encryptionAtRest", "dataset 'tx' is stored unencrypted");
        assertThat(g).hasToString("dataset 'tx' is stored unencrypted (datasets[tx].encryptionAtRest)");
        assertThatThrownBy(() -> new Gap(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("fact");
    }
}
