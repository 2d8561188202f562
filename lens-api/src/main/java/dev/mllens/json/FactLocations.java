package dev.mllens.json;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where the facts of a workload document stand in its text: line and column by fact path, in the form
 * findings use ({@code datasets[transactions].versioned}, {@code endpoints[fraud-api].autoScaling.enabled},
 * {@code governance.reviewCadence[FAIRNESS]}, sections such as {@code training}) and in the form of error
 * paths ({@code endpoints[1].autoScaling}). Read with {@link LensJson#readLocated(String, DocumentSyntax)}.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FactLocations {

    private static final FactLocations NONE = new FactLocations(Map.of());

    private final Map<String, Position> positions;

    FactLocations(Map<String, Position> positions) {
        this.positions = Map.copyOf(positions);
    }

    /** No positions: every fact is located at the top of the document. */
    public static FactLocations none() {
        return NONE;
    }

    /** Whether no position is known. */
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /** The position of exactly this fact (its key), if the document states it. */
    public Optional<Position> exact(String factPath) {
        String path = withoutRoot(factPath);
        Position at = positions.get(path);
        if (at == null && path.endsWith("]")) {
            // a map entry is named like an array element in findings: governance.reviewCadence[FAIRNESS]
            int open = path.lastIndexOf('[');
            if (open > 0) {
                at = positions.get(path.substring(0, open) + "." + path.substring(open + 1, path.length() - 1));
            }
        }
        return Optional.ofNullable(at);
    }

    /**
     * The position of the fact, or of the nearest enclosing object or list the document states
     * ({@code datasets[transactions]}, then {@code datasets}), or else the top of the document.
     */
    public Position locate(String factPath) {
        for (String p = withoutRoot(factPath); !p.isEmpty(); p = parent(p)) {
            Optional<Position> at = exact(p);
            if (at.isPresent()) {
                return at.get();
            }
        }
        return Position.TOP;
    }

    private static String withoutRoot(String path) {
        if (path.startsWith("$.")) {
            return path.substring(2);
        }
        return path.equals("$") ? "" : path;
    }

    /** {@code datasets[tx]} for {@code datasets[tx].versioned}, {@code datasets} for {@code datasets[tx]}. */
    private static String parent(String path) {
        int cut = path.endsWith("]") ? path.lastIndexOf('[') : path.lastIndexOf('.');
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /**
     * A place in the document text, 1-based.
     *
     * @param line the line
     * @param column the column
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Position(int line, int column) {

        /** The start of the document. */
        public static final Position TOP = new Position(1, 1);
    }
}
