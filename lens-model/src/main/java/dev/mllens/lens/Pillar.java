package dev.mllens.lens;

import org.apiguardian.api.API;

/** The six pillars of the Well-Architected Framework, with the code used in practice ids. */
@API(status = API.Status.STABLE)
public enum Pillar {
    OPERATIONAL_EXCELLENCE("OPS", "Operational excellence"),
    SECURITY("SEC", "Security"),
    RELIABILITY("REL", "Reliability"),
    PERFORMANCE_EFFICIENCY("PERF", "Performance efficiency"),
    COST_OPTIMIZATION("COST", "Cost optimization"),
    SUSTAINABILITY("SUS", "Sustainability");

    private final String code;
    private final String displayName;

    Pillar(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The code in practice and question ids: {@code SEC} in {@code MLSEC03-BP01}. */
    public String code() {
        return code;
    }

    /** Human-readable name. */
    public String displayName() {
        return displayName;
    }

    /** The pillar whose code appears in an id such as {@code MLSEC03-BP01} or {@code MLSEC03}. */
    public static Pillar ofId(String id) {
        for (Pillar p : values()) {
            if (id.startsWith("ML" + p.code) && Character.isDigit(id.charAt(2 + p.code.length()))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pillar code in id '" + id + "'");
    }
}
