package dev.mllens.watool.internal;

import dev.mllens.lens.Pillar;
import org.apiguardian.api.API;

/** The AWS Well-Architected Tool's ids of the Framework's pillars, which custom lenses use to map to them. */
@API(status = API.Status.INTERNAL)
public final class ToolIds {

    private ToolIds() {
    }

    /** The tool's pillar id: {@code operationalExcellence}, {@code security}, ... */
    public static String pillarId(Pillar pillar) {
        return switch (pillar) {
            case OPERATIONAL_EXCELLENCE -> "operationalExcellence";
            case SECURITY -> "security";
            case RELIABILITY -> "reliability";
            case PERFORMANCE_EFFICIENCY -> "performance";
            case COST_OPTIMIZATION -> "costOptimization";
            case SUSTAINABILITY -> "sustainability";
        };
    }

    /** The Framework's name of the pillar, as the tool shows it. */
    public static String pillarName(Pillar pillar) {
        return switch (pillar) {
            case OPERATIONAL_EXCELLENCE -> "Operational Excellence";
            case SECURITY -> "Security";
            case RELIABILITY -> "Reliability";
            case PERFORMANCE_EFFICIENCY -> "Performance Efficiency";
            case COST_OPTIMIZATION -> "Cost Optimization";
            case SUSTAINABILITY -> "Sustainability";
        };
    }
}
