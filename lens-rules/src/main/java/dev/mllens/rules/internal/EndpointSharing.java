package dev.mllens.rules.internal;

import dev.mllens.workload.Endpoint;
import java.util.Collection;
import org.apiguardian.api.API;

/**
 * Three-valued reading of whether a single-model endpoint could share its instances with another endpoint
 * (MLCOST05-BP01): the lens's anti-pattern is separate endpoints "when multiple models could be hosted more
 * efficiently together", so a dedicated endpoint is a gap only when a partner exists that could take its model.
 * Two endpoints could share when they run on the same hardware family (a model built for GPUs does not share a
 * CPU fleet) and their average utilizations added together stay within the band ceiling
 * ({@link Thresholds#MAX_ENDPOINT_UTILIZATION_PCT}), so one fleet carries both loads with headroom. This is the
 * definition; the rule asks {@link SharingIndex}, which answers it for every endpoint in one pass.
 */
@API(status = API.Status.INTERNAL)
public final class EndpointSharing {

    private EndpointSharing() {
    }

    /** Whether the two endpoints could share instances; null when a family or a utilization is not stated. */
    public static Boolean couldShare(Endpoint a, Endpoint b) {
        Boolean sameHardware = a.instanceFamily() == null || b.instanceFamily() == null ? null
                : a.instanceFamily() == b.instanceFamily();
        Boolean roomForBoth = a.resourceUtilizationPct() == null || b.resourceUtilizationPct() == null ? null
                : a.resourceUtilizationPct() + b.resourceUtilizationPct() <= Thresholds.MAX_ENDPOINT_UTILIZATION_PCT;
        return Check.all(sameHardware, roomForBoth);
    }

    /** Whether the endpoint could share instances with any of the others; false when there are none. */
    public static Boolean couldShareWithAny(Endpoint e, Collection<Endpoint> others) {
        Boolean any = false;
        for (Endpoint o : others) {
            any = Check.any(any, couldShare(e, o));
        }
        return any;
    }
}
