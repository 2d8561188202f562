package dev.mllens.workload;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A section of the workload document. What the section and each of its facts mean is written once, in
 * their {@link Fact} annotations; the JSON Schema and {@link FactDocs} are derived from them. Every fact
 * may be {@code null}: not stated, which the rules treat differently from a stated {@code false} or an
 * empty set. Values are checked by {@link Builder#build()} and when a {@link Workload} is assembled.
 */
@API(status = API.Status.EXPERIMENTAL)
@Fact("How ML spend is attributed and controlled.")
public record CostControls(
        @Fact("Dimensions by which cost is attributed.") Set<CostDimension> costAttribution,
        @Fact(value = "Share of ML resources carrying the required tags, 0-100.", min = 0, max = 100) Double taggingCompliancePct,
        @Fact("Required tags are enforced by policy.") Boolean tagsEnforced,
        @Fact("Budgets with alerts exist for ML spend.") Boolean budgetAlerts,
        @Fact("Cost anomaly detection is on.") Boolean anomalyDetection,
        @Fact("Steady usage is covered by commitment discounts.") Boolean commitmentDiscounts,
        @Fact(value = "Idle ML resources found (endpoints, notebooks, clusters).", min = 0) Integer idleResourceCount,
        @Fact(value = "Data moved across Regions per month, in GB.", min = 0) Double crossRegionTransferGbPerMonth) {

    /** Makes collections immutable. */
    public CostControls {
        costAttribution = costAttribution == null ? null : Collections.unmodifiableSet(Validation.enumSet(CostDimension.class, "costAttribution", costAttribution));
    }

    /** Starts a builder with every fact not stated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A cost controls about which nothing is stated. */
    public static CostControls unknown() {
        return new Builder().build();
    }

    /** Returns a builder holding this cost controls's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.costAttribution = costAttribution;
        b.taggingCompliancePct = taggingCompliancePct;
        b.tagsEnforced = tagsEnforced;
        b.budgetAlerts = budgetAlerts;
        b.anomalyDetection = anomalyDetection;
        b.commitmentDiscounts = commitmentDiscounts;
        b.idleResourceCount = idleResourceCount;
        b.crossRegionTransferGbPerMonth = crossRegionTransferGbPerMonth;
        return b;
    }

    /** Builds a {@link CostControls}; facts left unset stay not stated. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private Set<CostDimension> costAttribution;
        private Double taggingCompliancePct;
        private Boolean tagsEnforced;
        private Boolean budgetAlerts;
        private Boolean anomalyDetection;
        private Boolean commitmentDiscounts;
        private Integer idleResourceCount;
        private Double crossRegionTransferGbPerMonth;

        private Builder() {
        }

        /** Sets {@link CostControls#costAttribution()}. */
        public Builder costAttribution(Set<CostDimension> costAttribution) {
            this.costAttribution = costAttribution;
            return this;
        }

        /** Sets {@link CostControls#costAttribution()}. */
        public Builder costAttribution(CostDimension... values) {
            this.costAttribution = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /** Sets {@link CostControls#taggingCompliancePct()}. */
        public Builder taggingCompliancePct(Double taggingCompliancePct) {
            this.taggingCompliancePct = taggingCompliancePct;
            return this;
        }

        /** Sets {@link CostControls#tagsEnforced()}. */
        public Builder tagsEnforced(Boolean tagsEnforced) {
            this.tagsEnforced = tagsEnforced;
            return this;
        }

        /** Sets {@link CostControls#budgetAlerts()}. */
        public Builder budgetAlerts(Boolean budgetAlerts) {
            this.budgetAlerts = budgetAlerts;
            return this;
        }

        /** Sets {@link CostControls#anomalyDetection()}. */
        public Builder anomalyDetection(Boolean anomalyDetection) {
            this.anomalyDetection = anomalyDetection;
            return this;
        }

        /** Sets {@link CostControls#commitmentDiscounts()}. */
        public Builder commitmentDiscounts(Boolean commitmentDiscounts) {
            this.commitmentDiscounts = commitmentDiscounts;
            return this;
        }

        /** Sets {@link CostControls#idleResourceCount()}. */
        public Builder idleResourceCount(Integer idleResourceCount) {
            this.idleResourceCount = idleResourceCount;
            return this;
        }

        /** Sets {@link CostControls#crossRegionTransferGbPerMonth()}. */
        public Builder crossRegionTransferGbPerMonth(Double crossRegionTransferGbPerMonth) {
            this.crossRegionTransferGbPerMonth = crossRegionTransferGbPerMonth;
            return this;
        }

        /** Builds the cost controls; throws {@link InvalidWorkloadException} naming a fact with an impossible value. */
        public CostControls build() {
            return Validation.checked(new CostControls(costAttribution, taggingCompliancePct, tagsEnforced, budgetAlerts, anomalyDetection, commitmentDiscounts, idleResourceCount, crossRegionTransferGbPerMonth));
        }
    }
}
