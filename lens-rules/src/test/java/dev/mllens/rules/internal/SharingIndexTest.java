package dev.mllens.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Endpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SharingIndex answers MLCOST05-BP01's "could this endpoint share with any other?" from one pass; it must
 * give exactly the pairwise answer of EndpointSharing. Checked exhaustively over every workload of up to four
 * endpoints drawn from three hardware choices and five utilizations (stated or not, fitting or not).
 */
class SharingIndexTest {

    private static final AcceleratorFamily[] FAMILIES = {null, AcceleratorFamily.GPU, AcceleratorFamily.GRAVITON};
    private static final Double[] UTILIZATIONS = {null, 10.0, 40.0, 70.0, 75.0};

    @Test
    void answersAsThePairwiseDefinitionForEveryEndpointOfEverySmallWorkload() {
        int compared = 0;
        for (int n = 1; n <= 4; n++) {
            for (List<Endpoint> endpoints : workloads(n)) {
                SharingIndex index = SharingIndex.of(endpoints);
                for (Endpoint e : endpoints) {
                    List<Endpoint> others = endpoints.stream().filter(o -> o != e).toList();
                    Boolean expected = EndpointSharing.couldShareWithAny(e, others);
                    assertThat(index.couldShareWithAny(e)).as("%s among %s", e, endpoints).isEqualTo(expected);
                    Endpoint partner = index.partner(e);
                    if (Boolean.TRUE.equals(expected)) {
                        assertThat(partner).as("partner of %s", e).isNotNull();
                        assertThat(EndpointSharing.couldShare(e, partner)).isTrue();
                    } else {
                        assertThat(partner).isNull();
                    }
                    Endpoint undecided = index.undecidedPartner(e);
                    if (expected == null) {
                        // the endpoint the check asks about is one with which sharing is really open
                        assertThat(undecided).as("undecided partner of %s", e).isNotNull().isNotSameAs(e);
                        assertThat(EndpointSharing.couldShare(e, undecided)).isNull();
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(15 + 2 * 225 + 3 * 3375 + 4 * 50625);
    }

    @Test
    void thePartnerNamedIsTheOneThatLeavesTheMostRoom() {
        Endpoint e = endpoint("e", AcceleratorFamily.GPU, 30.0);
        Endpoint busy = endpoint("a", AcceleratorFamily.GPU, 45.0);
        Endpoint idle = endpoint("b", AcceleratorFamily.GPU, 5.0);
        assertThat(SharingIndex.of(List.of(e, busy, idle)).partner(e)).isSameAs(idle);
    }

    private static List<List<Endpoint>> workloads(int n) {
        List<Endpoint> kinds = new ArrayList<>();
        for (AcceleratorFamily f : FAMILIES) {
            for (Double u : UTILIZATIONS) {
                kinds.add(endpoint("?", f, u));
            }
        }
        List<List<Endpoint>> out = new ArrayList<>();
        int[] pick = new int[n];
        while (true) {
            Endpoint[] list = new Endpoint[n];
            for (int i = 0; i < n; i++) {
                Endpoint k = kinds.get(pick[i]);
                list[i] = endpoint("e" + i, k.instanceFamily(), k.resourceUtilizationPct());
            }
            out.add(Arrays.asList(list));
            int i = 0;
            while (i < n && ++pick[i] == kinds.size()) {
                pick[i++] = 0;
            }
            if (i == n) {
                return out;
            }
        }
    }

    private static Endpoint endpoint(String id, AcceleratorFamily family, Double utilizationPct) {
        return Endpoint.builder(id).instanceFamily(family).resourceUtilizationPct(utilizationPct).build();
    }
}
