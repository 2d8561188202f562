package dev.mllens.lens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the bundled catalog files: blocks headed {@code [MLSEC03-BP02]} (or {@code [MLSEC03]}) with
 * {@code key = value} lines, {@code #} comments and blank lines. The practice files, the question texts and
 * the tool's risk rules share this layout. A malformed bundled file is a build defect, so errors name file
 * and line and fail fast.
 */
final class CatalogParser {

    private CatalogParser() {
    }

    /** One {@code key = value} line. */
    record Entry(String key, String value, int line) {
    }

    /** One {@code [ID]} block with its lines in file order. */
    record Block(String file, String id, int line, List<Entry> entries) {

        /** The line of a key that may appear at most once, or null. */
        Entry entry(String key) {
            Entry found = null;
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    if (found != null) {
                        throw error(e.line(), id + " has '" + key + "' twice");
                    }
                    found = e;
                }
            }
            return found;
        }

        /** The value of a key that may appear at most once, or null. */
        String one(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /** The values of a repeated key, in order. */
        List<String> all(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).toList();
        }

        /** Rejects keys outside {@code allowed}. */
        Block allowing(Set<String> allowed) {
            for (Entry e : entries) {
                if (!allowed.contains(e.key())) {
                    throw error(e.line(), "unknown key '" + e.key() + "'");
                }
            }
            return this;
        }

        /** Parses a value (null when the line is absent), turning a bad one into an error that names the line. */
        <T> T parse(Entry e, Function<String, T> parser) {
            if (e == null) {
                return null;
            }
            try {
                return parser.apply(e.value());
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(file + ":" + e.line() + ": bad value for " + e.key() + ": "
                        + ex.getMessage(), ex);
            }
        }

        IllegalStateException error(int at, String message) {
            return new IllegalStateException(file + ":" + at + ": " + message);
        }
    }

    /** The blocks of a bundled file. */
    static List<Block> blocks(String file, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("lens catalog resource missing: " + file);
        }
        List<Block> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            int start = 0;
            List<Entry> entries = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    if (id != null) {
                        out.add(new Block(file, id, start, List.copyOf(entries)));
                    }
                    id = t.substring(1, t.length() - 1);
                    start = no;
                    entries.clear();
                    continue;
                }
                int eq = t.indexOf(" = ");
                if (id == null || eq < 0) {
                    throw new IllegalStateException(file + ":" + no + ": expected '[ID]' or 'key = value'");
                }
                entries.add(new Entry(t.substring(0, eq).strip(), t.substring(eq + 3).strip(), no));
            }
            if (id != null) {
                out.add(new Block(file, id, start, List.copyOf(entries)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The practices of a practice file: {@code title}, {@code phase}, {@code risk}, {@code summary}, {@code applies}
     * (a comma-separated list of {@link Applicability} conditions) and one {@code step S<n>} per improvement step.
     */
    static List<BestPractice> practices(String file, InputStream in) {
        List<BestPractice> out = new ArrayList<>();
        for (Block b : blocks(file, in)) {
            List<ImprovementStep> steps = new ArrayList<>();
            for (Entry e : b.entries()) {
                if (e.key().matches("step S[1-9][0-9]?")) {
                    steps.add(new ImprovementStep(e.key().substring(5), e.value()));
                } else if (!Set.of("title", "phase", "risk", "summary", "applies").contains(e.key())) {
                    throw b.error(e.line(), "unknown key '" + e.key() + "'");
                }
            }
            Phase phase = b.parse(b.entry("phase"), Phase::valueOf);
            RiskLevel risk = b.parse(b.entry("risk"), RiskLevel::valueOf);
            Set<Applicability> applies = b.parse(b.entry("applies"), CatalogParser::conditions);
            String title = b.one("title");
            if (title == null || phase == null || risk == null) {
                throw b.error(b.line(), b.id() + " needs title, phase and risk");
            }
            out.add(new BestPractice(b.id(), title, Pillar.ofId(b.id()), phase, risk, b.one("summary"), steps, applies));
        }
        return out;
    }

    private static Set<Applicability> conditions(String list) {
        Set<Applicability> out = java.util.EnumSet.noneOf(Applicability.class);
        for (String c : list.split(",")) {
            out.add(Applicability.valueOf(c.strip()));
        }
        return out;
    }
}
