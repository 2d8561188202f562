package dev.mllens.rules.internal;

import dev.mllens.rules.internal.readers.AutoScaling_;
import dev.mllens.rules.internal.readers.Dataset_;
import dev.mllens.rules.internal.readers.Endpoint_;
import dev.mllens.rules.internal.readers.Governance_;
import dev.mllens.rules.internal.readers.Training_;
import dev.mllens.rules.internal.readers.Workload_;
import static dev.mllens.rules.internal.Facts.across;
import static dev.mllens.rules.internal.Facts.entry;
import static dev.mllens.rules.internal.Facts.fact;
import static dev.mllens.rules.internal.Facts.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mllens.workload.AutoScaling;
import dev.mllens.workload.Cadence;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.FactDocs;
import dev.mllens.workload.Governance;
import dev.mllens.workload.ReviewTopic;
import dev.mllens.workload.Training;
import dev.mllens.workload.Workload;
import org.junit.jupiter.api.Test;

/** The typed handles give the path the findings use, and the value, from the accessor itself. */
class FactsTest {

    @Test
    void aSectionFactIsNamedBySectionAndComponent() {
        FactValue<Boolean> f = fact(Training.builder().interNodeEncryption(true).build(), Training_.interNodeEncryption);
        assertThat(f).isEqualTo(new FactValue<>("training.interNodeEncryption", true));
        assertThat(FactDocs.describe(f.path())).isPresent();
    }

    @Test
    void anEntityFactIsNamedByTheEntityId() {
        FactValue<Boolean> f = fact(Dataset.builder("transactions").build(), Dataset_.versioned);
        assertThat(f).isEqualTo(new FactValue<Boolean>("datasets[transactions].versioned", null));
        assertThat(f.stated()).isFalse();
    }

    @Test
    void aNestedFactFollowsTheRecordInside() {
        Endpoint scaled = Endpoint.builder("fraud-api").autoScaling(AutoScaling.builder().enabled(false).build()).build();
        assertThat(fact(scaled, Endpoint_.autoScaling, AutoScaling_.enabled))
                .isEqualTo(new FactValue<>("endpoints[fraud-api].autoScaling.enabled", false));
        assertThat(fact(Endpoint.builder("bare").build(), Endpoint_.autoScaling, AutoScaling_.enabled).value())
                .as("no scaling section: not stated").isNull();
    }

    @Test
    void aMapEntryIsNamedByItsKey() {
        Governance g = Governance.builder().reviewCadence(ReviewTopic.FAIRNESS, Cadence.QUARTERLY).build();
        assertThat(entry(g, Governance_.reviewCadence, ReviewTopic.FAIRNESS))
                .isEqualTo(new FactValue<>("governance.reviewCadence[FAIRNESS]", Cadence.QUARTERLY));
        assertThat(entry(g, Governance_.reviewCadence, ReviewTopic.ROI).value()).isNull();
        assertThat(entry(Governance.unknown(), Governance_.reviewCadence, ReviewTopic.ROI).value()).isNull();
    }

    @Test
    void listsThatDeclareNothingAndFactsAcrossAListHaveTheirOwnPaths() {
        assertThat(none(Workload_.datasets)).isEqualTo(new FactValue<>("datasets", null));
        assertThat(across(Workload_.datasets, Dataset_.containsPersonalData, "for datasets [a]").path())
                .isEqualTo("datasets[].containsPersonalData");
        assertThat(FactDocs.describe("datasets[].containsPersonalData")).isPresent();
    }

    @Test
    void aRecordThatIsNotASectionIsRejected() {
        assertThatThrownBy(() -> fact(AutoScaling.unknown(), AutoScaling_.enabled))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a section or entity");
    }
}
