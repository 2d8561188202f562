package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When two endpoints could share one fleet (MLCOST05-BP01): same hardware and room for both loads. */
class EndpointSharingTest {

    private static Endpoint endpoint(String id, AcceleratorFamily family, Double utilizationPct) {
        return Endpoint.builder(id).instanceFamily(family).resourceUtilizationPct(utilizationPct).build();
    }

    @Test
    void sameHardwareWithLoadsThatFitUnderTheBandCeilingCanShare() {
        assertThat(EndpointSharing.couldShare(endpoint("a", AcceleratorFamily.GPU, 30.0), endpoint("b", AcceleratorFamily.GPU, 50.0)))
                .isTrue();
        assertThat(EndpointSharing.couldShare(endpoint("a", AcceleratorFamily.GPU, 30.0), endpoint("b", AcceleratorFamily.GPU, 51.0)))
                .isFalse();
    }

    @Test
    void differentHardwareCannotShareWhateverTheLoad() {
        assertThat(EndpointSharing.couldShare(endpoint("a", AcceleratorFamily.GPU, 5.0), endpoint("b", AcceleratorFamily.GRAVITON, null)))
                .isFalse();
    }

    @Test
    void anUnstatedFamilyOrUtilizationLeavesItUndecided() {
        assertThat(EndpointSharing.couldShare(endpoint("a", null, 5.0), endpoint("b", AcceleratorFamily.GPU, 5.0))).isNull();
        assertThat(EndpointSharing.couldShare(endpoint("a", AcceleratorFamily.GPU, null), endpoint("b", AcceleratorFamily.GPU, 5.0)))
                .isNull();
    }

    @Test
    void anyPartnerDecidesAndThePartnerIsTheFirstKnownFit() {
        Endpoint e = endpoint("e", AcceleratorFamily.COMPUTE_CPU, 10.0);
        Endpoint busy = endpoint("busy", AcceleratorFamily.COMPUTE_CPU, 90.0);
        Endpoint unknown = endpoint("unknown", AcceleratorFamily.COMPUTE_CPU, null);
        Endpoint quiet = endpoint("quiet", AcceleratorFamily.COMPUTE_CPU, 20.0);
        assertThat(EndpointSharing.couldShareWithAny(e, List.of(busy))).isFalse();
        assertThat(EndpointSharing.couldShareWithAny(e, List.of(busy, unknown))).isNull();
        assertThat(EndpointSharing.couldShareWithAny(e, List.of(busy, unknown, quiet))).isTrue();
        assertThat(SharingIndex.of(List.of(e, busy, unknown, quiet)).partner(e)).isSameAs(quiet);
        assertThat(EndpointSharing.couldShareWithAny(e, List.of())).isFalse();
    }
}
