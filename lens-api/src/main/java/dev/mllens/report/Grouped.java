package dev.mllens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's lines (gaps, facts to state, evidence) grouped across entities, so that a report for people
 * grows with the number of distinct problems, not with entities times practices: lines that differ only
 * in the dataset, model or endpoint they name become one line that says how many and names a few
 * ("endpoint '…' is not versioned (12 endpoints: a, b, c, … and 9 more)"). A line that names no entity,
 * or whose entity is the only one, stays as it is. The JSON report keeps every line.
 */
final class Grouped {

    /** Entities named in a grouped line before "and N more". */
    static final int IDS_SHOWN = 3;
    /** Groups shown per finding and list; the rest are counted. */
    static final int GROUPS_SHOWN = 20;

    /** An entity in a fact path ({@code endpoints[fraud-api].type}) or in a rule's sentence ({@code endpoint 'fraud-api'}). */
    private static final Pattern ENTITY = Pattern.compile("\\b(?:(datasets|models|endpoints)\\[([^\\]]*)\\]|(dataset|model|endpoint) '([^']*)')");

    /**
     * Lines that differ only in the entities they name.
     *
     * @param template the line with {@code …} where the entity stood
     * @param noun what the entities are: datasets, models or endpoints
     * @param members each member's entity, as the lines named it, in the order first seen
     * @param first the first line of the group as it was written
     */
    record Group(String template, String noun, List<String> members, String first) {

        /** The line for a report, each part through {@code escape}: the line itself for a group of one. */
        String render(UnaryOperator<String> escape) {
            if (members.size() < 2) {
                return escape.apply(first);
            }
            StringBuilder s = new StringBuilder(escape.apply(template)).append(" (").append(members.size()).append(' ')
                    .append(noun).append(": ");
            for (int i = 0; i < Math.min(IDS_SHOWN, members.size()); i++) {
                s.append(i == 0 ? "" : ", ").append(escape.apply(members.get(i)));
            }
            if (members.size() > IDS_SHOWN) {
                s.append(", … and ").append(members.size() - IDS_SHOWN).append(" more");
            }
            return s.append(')').toString();
        }
    }

    private Grouped() {
    }

    /** The lines grouped, in the order their groups first appear. */
    static List<Group> of(List<String> lines) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = ENTITY.matcher(line);
            StringBuilder template = new StringBuilder();
            Set<String> ids = new LinkedHashSet<>();
            String noun = null;
            int last = 0;
            while (m.find()) {
                boolean path = m.group(1) != null;
                int idStart = path ? m.start(2) : m.start(4);
                int idEnd = path ? m.end(2) : m.end(4);
                template.append(line, last, idStart).append('…');
                last = idEnd;
                ids.add(path ? m.group(2) : m.group(4));
                noun = noun != null ? noun : path ? m.group(1) : m.group(3) + "s";
            }
            template.append(line, last, line.length());
            String key = ids.isEmpty() ? line : template.toString();
            groups.computeIfAbsent(key, k -> new Builder(k, line)).add(noun, String.join(" / ", ids));
        }
        List<Group> out = new ArrayList<>();
        groups.values().forEach(b -> out.add(b.build()));
        return out;
    }

    /** The rendered lines of the first {@link #GROUPS_SHOWN} groups, then one line counting the others. */
    static List<String> rendered(List<String> lines, UnaryOperator<String> escape, String others) {
        List<Group> groups = of(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(GROUPS_SHOWN, groups.size()); i++) {
            out.add(groups.get(i).render(escape));
        }
        if (groups.size() > GROUPS_SHOWN) {
            out.add("… and " + (groups.size() - GROUPS_SHOWN) + " more " + others + " (the JSON report lists them all)");
        }
        return out;
    }

    private static final class Builder {
        final String template;
        final String first;
        String noun;
        final Set<String> members = new LinkedHashSet<>();

        Builder(String template, String first) {
            this.template = template;
            this.first = first;
        }

        void add(String noun, String member) {
            this.noun = this.noun == null ? noun : this.noun;
            members.add(member);
        }

        Group build() {
            return new Group(template, noun == null ? "" : noun, List.copyOf(members), first);
        }
    }
}
