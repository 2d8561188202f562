package dev.mllens.rules.internal;

import dev.mllens.workload.AcceleratorFamily;
import dev.mllens.workload.Endpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@link EndpointSharing}'s question, "could this endpoint share its instances with any of the others?",
 * answered for every endpoint of a workload from one pass over them instead of a pass per endpoint, so
 * that MLCOST05-BP01 stays linear in the number of real-time endpoints. The answer equals
 * {@code EndpointSharing.couldShareWithAny(e, others)} (SharingIndexTest holds the two equal).
 *
 * <p>It keeps, per hardware family and for the endpoints that state none, the two endpoints of lowest
 * utilization (the best partners, two so that an endpoint is never its own) and the first two that do not
 * state their utilization (the partners that leave the answer undecided).
 */
@API(status = API.Status.INTERNAL)
public final class SharingIndex {

    private static final Comparator<Endpoint> BY_UTILIZATION = Comparator
            .comparingDouble((Endpoint e) -> e.resourceUtilizationPct().doubleValue())
            .thenComparing(Endpoint::id);
    private static final Comparator<Endpoint> BY_ID = Comparator.comparing(Endpoint::id);

    /** The lowest two and the first two of unknown utilization of one group of endpoints. */
    private static final class Group {
        final List<Endpoint> lowest = new ArrayList<>(3);
        final List<Endpoint> unknown = new ArrayList<>(3);
        int size;

        void add(Endpoint e) {
            size++;
            List<Endpoint> keep = e.resourceUtilizationPct() == null ? unknown : lowest;
            keep.add(e);
            keep.sort(e.resourceUtilizationPct() == null ? BY_ID : BY_UTILIZATION);
            if (keep.size() > 2) {
                keep.remove(2);
            }
        }

        /** The first of {@code list} that is not {@code e}, or null. */
        static Endpoint besides(List<Endpoint> list, Endpoint e) {
            for (Endpoint o : list) {
                if (o != e) {
                    return o;
                }
            }
            return null;
        }
    }

    private final Map<AcceleratorFamily, Group> byFamily = new EnumMap<>(AcceleratorFamily.class);
    private final Group withoutFamily = new Group();
    private final Group all = new Group();

    private SharingIndex(Collection<Endpoint> endpoints) {
        for (Endpoint e : endpoints) {
            all.add(e);
            if (e.instanceFamily() == null) {
                withoutFamily.add(e);
            } else {
                byFamily.computeIfAbsent(e.instanceFamily(), f -> new Group()).add(e);
            }
        }
    }

    /** The index of these endpoints (those a sharing partner is looked for among). */
    public static SharingIndex of(Collection<Endpoint> endpoints) {
        return new SharingIndex(endpoints);
    }

    /**
     * Whether {@code e}, one of the indexed endpoints, could share its instances with any other of them:
     * true when one is known to fit, null when none is known to fit but one might, false when none can.
     */
    public Boolean couldShareWithAny(Endpoint e) {
        if (partner(e) != null) {
            return true;
        }
        return undecidedPartner(e) != null ? null : Boolean.FALSE;
    }

    /**
     * The other endpoint known to fit with {@code e} that leaves the most room (lowest utilization, then
     * id), or null when none is known to fit.
     */
    public Endpoint partner(Endpoint e) {
        if (e.instanceFamily() == null || e.resourceUtilizationPct() == null) {
            return null;
        }
        Group same = byFamily.get(e.instanceFamily());
        Endpoint best = same == null ? null : Group.besides(same.lowest, e);
        return best != null && fits(e, best) ? best : null;
    }

    /**
     * An other endpoint whose unstated facts leave open whether {@code e} could share with it (the one whose
     * family and utilization the check should ask for), or null when no other endpoint leaves it open. Only
     * meaningful when {@link #partner} is null.
     */
    public Endpoint undecidedPartner(Endpoint e) {
        Double u = e.resourceUtilizationPct();
        if (e.instanceFamily() == null) {
            // the hardware is open with every other endpoint: any one whose load might fit beside e's
            if (u == null) {
                return firstOf(Group.besides(all.lowest, e), Group.besides(all.unknown, e));
            }
            Endpoint low = Group.besides(all.lowest, e);
            return firstOf(Group.besides(all.unknown, e), low != null && fits(e, low) ? low : null);
        }
        Group same = byFamily.get(e.instanceFamily());
        if (u == null) {
            // the room is open with every endpoint on the same or on unstated hardware
            return firstOf(same == null ? null : Group.besides(same.lowest, e), same == null ? null : Group.besides(same.unknown, e),
                    Group.besides(withoutFamily.lowest, e), Group.besides(withoutFamily.unknown, e));
        }
        Endpoint low = Group.besides(withoutFamily.lowest, e);
        return firstOf(same == null ? null : Group.besides(same.unknown, e), Group.besides(withoutFamily.unknown, e),
                low != null && fits(e, low) ? low : null);
    }

    private static boolean fits(Endpoint e, Endpoint o) {
        return e.resourceUtilizationPct() + o.resourceUtilizationPct() <= Thresholds.MAX_ENDPOINT_UTILIZATION_PCT;
    }

    private static Endpoint firstOf(Endpoint... candidates) {
        for (Endpoint c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "SharingIndex[" + all.size + " endpoints]";
    }
}
