package dev.mllens.cli.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of a request, percent-decoded ({@code +} is a space, as forms send it). A name may
 * be given several times; list parameters also take values separated by commas, as the command line does.
 */
final class Query {

    private final Map<String, List<String>> values;

    private Query(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses the raw (still encoded) query of a request URI; null or empty is no parameter. */
    static Query parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new Query(values);
    }

    /** The JDK server has refused a malformed escape already (400): what is left decodes. */
    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Refuses a parameter this route does not know, as the workload reader refuses an unknown field. */
    void allowOnly(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw Problem.inParameter(name, "unknown query parameter (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** Every value of a list parameter: repeated, comma-separated or both; blanks dropped. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** Every value of a parameter as given, e.g. waivers, whose notes may hold commas. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The one value of a parameter; given twice, it is refused rather than one value silently winning. */
    Optional<String> single(String name) {
        List<String> v = values.getOrDefault(name, List.of());
        if (v.size() > 1) {
            throw Problem.inParameter(name, "given " + v.size() + " times; give it once");
        }
        return v.stream().findFirst();
    }
}
