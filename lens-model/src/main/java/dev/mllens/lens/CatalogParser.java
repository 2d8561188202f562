package dev.mllens.lens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled practice files: blocks headed {@code [MLSEC03-BP02]} with {@code key = value}
 * lines ({@code title}, {@code phase}, {@code risk}, {@code summary}, {@code applies} with a comma-separated
 * list of {@link Condition}s, and one {@code step S<n>} per improvement step).
 * A malformed bundled file is a build defect, so errors name file and line and fail fast.
 */
final class CatalogParser {

    private CatalogParser() {
    }

    static List<BestPractice> parse(String file, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("lens catalog resource missing: " + file);
        }
        List<BestPractice> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Block block = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    if (block != null) {
                        out.add(block.build(file));
                    }
                    block = new Block(t.substring(1, t.length() - 1), no);
                    continue;
                }
                int eq = t.indexOf(" = ");
                if (block == null || eq < 0) {
                    throw new IllegalStateException(file + ":" + no + ": expected '[ID]' or 'key = value'");
                }
                block.set(t.substring(0, eq).strip(), t.substring(eq + 3).strip(), file, no);
            }
            if (block != null) {
                out.add(block.build(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final class Block {
        final String id;
        final int line;
        String title;
        Phase phase;
        RiskLevel risk;
        String summary;
        final List<ImprovementStep> steps = new ArrayList<>();
        final java.util.Set<Condition> applies = java.util.EnumSet.noneOf(Condition.class);

        Block(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void set(String key, String value, String file, int no) {
            try {
                switch (key) {
                    case "title" -> title = value;
                    case "phase" -> phase = Phase.valueOf(value);
                    case "risk" -> risk = RiskLevel.valueOf(value);
                    case "summary" -> summary = value;
                    case "applies" -> {
                        for (String c : value.split(",")) {
                            applies.add(Condition.valueOf(c.strip()));
                        }
                    }
                    default -> {
                        if (!key.matches("step S[1-9][0-9]?")) {
                            throw new IllegalStateException(file + ":" + no + ": unknown key '" + key + "'");
                        }
                        steps.add(new ImprovementStep(key.substring(5), value));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + no + ": bad value for " + key + ": " + value, e);
            }
        }

        BestPractice build(String file) {
            if (title == null || phase == null || risk == null) {
                throw new IllegalStateException(file + ":" + line + ": " + id + " needs title, phase and risk");
            }
            return new BestPractice(id, title, Pillar.ofId(id), phase, risk, summary, steps, applies);
        }
    }
}
