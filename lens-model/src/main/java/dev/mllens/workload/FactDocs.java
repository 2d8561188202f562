package dev.mllens.workload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What each workload fact means, by its path in the workload document: the {@link Fact} text of its
 * record component, read through {@link FactModel}. Rules use it to phrase questions about facts that
 * were not stated; a portal can use it to label a form. Paths name list items by id or index
 * ({@code datasets[transactions].versioned}) and map keys in brackets ({@code governance.reviewCadence[FAIRNESS]}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FactDocs {

    private static final Map<String, String> DOCS = load();

    private FactDocs() {
    }

    /** The meaning of the fact at {@code path}, if the path names a known fact. */
    public static Optional<String> describe(String path) {
        return FactModel.get().fact(path).map(FactModel.FactInfo::meaning);
    }

    /** Every documented fact path (list items written {@code []}), with its meaning, in document order. */
    public static Map<String, String> all() {
        return DOCS;
    }

    private static Map<String, String> load() {
        Map<String, String> docs = new LinkedHashMap<>();
        FactModel.get().facts().forEach(f -> docs.put(f.path(), f.meaning()));
        return java.util.Collections.unmodifiableMap(docs);
    }
}
