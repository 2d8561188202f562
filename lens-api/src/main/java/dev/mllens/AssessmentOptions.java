package dev.mllens;

import dev.mllens.lens.BestPractice;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Phase;
import dev.mllens.lens.Pillar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What to assess and what people waived. A practice is in scope when it matches every criterion given:
 * its pillar is among {@link Builder#pillars}, its phase among {@link Builder#phases} and its id among
 * {@link Builder#practices} (an empty criterion matches all). Immutable; build with {@link #builder()}.
 */
@API(status = API.Status.STABLE)
public final class AssessmentOptions {

    private static final AssessmentOptions ALL = builder().build();

    private final Set<Pillar> pillars;
    private final Set<Phase> phases;
    private final Set<String> practiceIds;
    private final Map<String, Waiver> waivers;

    private AssessmentOptions(Builder b) {
        this.pillars = b.pillars.isEmpty() ? Set.of() : Set.copyOf(b.pillars);
        this.phases = b.phases.isEmpty() ? Set.of() : Set.copyOf(b.phases);
        this.practiceIds = Set.copyOf(b.practiceIds);
        this.waivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.waivers));
    }

    /** Every practice, no waivers. */
    public static AssessmentOptions all() {
        return ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether the practice is in scope. */
    public boolean inScope(BestPractice p) {
        return (pillars.isEmpty() || pillars.contains(p.pillar()))
                && (phases.isEmpty() || phases.contains(p.phase()))
                && (practiceIds.isEmpty() || practiceIds.contains(p.id()));
    }

    public Set<Pillar> pillars() { return pillars; }
    public Set<Phase> phases() { return phases; }
    public Set<String> practiceIds() { return practiceIds; }
    /** Waivers by practice id. */
    public Map<String, Waiver> waivers() { return waivers; }

    /** Builds options; rejects unknown practice ids and double waivers at once, naming them. */
    @API(status = API.Status.STABLE)
    public static final class Builder {
        private final EnumSet<Pillar> pillars = EnumSet.noneOf(Pillar.class);
        private final EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
        private final Set<String> practiceIds = new TreeSet<>();
        private final Map<String, Waiver> waivers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Limits the assessment to these pillars. */
        public Builder pillars(Pillar... pillars) {
            return pillars(List.of(pillars));
        }

        public Builder pillars(Collection<Pillar> pillars) {
            this.pillars.addAll(pillars);
            return this;
        }

        /** Limits the assessment to these lifecycle phases. */
        public Builder phases(Phase... phases) {
            return phases(List.of(phases));
        }

        public Builder phases(Collection<Phase> phases) {
            this.phases.addAll(phases);
            return this;
        }

        /** Limits the assessment to these practice ids; each must exist in the lens. */
        public Builder practices(String... ids) {
            return practices(List.of(ids));
        }

        public Builder practices(Collection<String> ids) {
            List<String> checked = new ArrayList<>();
            for (String id : ids) {
                checked.add(Lens.catalog().require(id).id());
            }
            practiceIds.addAll(checked);
            return this;
        }

        /** Marks a practice not applicable with one of the tool's reasons and a note. */
        public Builder waive(String bestPracticeId, WaiverReason reason, String note) {
            return waive(Waiver.of(bestPracticeId, reason, note));
        }

        public Builder waive(Waiver waiver) {
            if (waivers.putIfAbsent(waiver.bestPracticeId(), waiver) != null) {
                throw new IllegalArgumentException("practice " + waiver.bestPracticeId() + " is waived twice");
            }
            return this;
        }

        public AssessmentOptions build() {
            return new AssessmentOptions(this);
        }
    }
}
