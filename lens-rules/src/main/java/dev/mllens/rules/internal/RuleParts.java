package dev.mllens.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The rules of the practice files that a compiled rule stands for. A rule as written in a practice file
 * stands for itself. A shared rule, which the build makes of all rules with the same conditions (see
 * lens-rules/src/build/RuleMerger.java), stands for several: it declares {@code @parts("n")} and, for each
 * part {@code k}, the original rule's name as {@code @rule_k} and its metadata under the same keys
 * suffixed {@code _k} ({@code @core_k}, {@code @supporting_k}, {@code @label_k}). Every compiled rule also
 * carries its number, {@code @index}.
 */
@API(status = API.Status.INTERNAL)
public final class RuleParts {

    /** One rule of a practice file: its name and its own metadata, as it wrote them. */
    public record Part(String rule, Map<String, Object> metadata) {

        public Part {
            metadata = Map.copyOf(metadata);
        }
    }

    private static final String INDEX = "index";

    private RuleParts() {
    }

    /**
     * The number the build gave the compiled rule of this name and metadata ({@code @index}, see
     * {@link Emit#part(org.drools.model.Drools, int, int)}), or -1 for a rule without one (tests compile
     * practice rules as written).
     */
    public static int index(String ruleName, Map<String, Object> metadata) {
        Object declared = metadata.get(INDEX);
        if (declared == null) {
            return -1;
        }
        int index = index(CheckSpec.text(declared));
        if (index < 0) {
            throw new IllegalStateException("rule '" + ruleName + "': @index(\"" + CheckSpec.text(declared) + "\") is not a number");
        }
        return index;
    }

    /** The parts of the compiled rule of this name and metadata; throws, naming it, when they are malformed. */
    public static List<Part> of(String ruleName, Map<String, Object> metadata) {
        Object declared = metadata.get("parts");
        if (declared == null) {
            if (metadata.containsKey(INDEX)) {
                Map<String, Object> own = new HashMap<>(metadata);
                own.remove(INDEX);
                return List.of(new Part(ruleName, own));
            }
            return List.of(new Part(ruleName, metadata));
        }
        int count;
        try {
            count = Integer.parseInt(CheckSpec.text(declared));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("shared rule '" + ruleName + "': @parts(\"" + CheckSpec.text(declared) + "\") is not a number");
        }
        List<Map<String, Object>> own = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            own.add(new HashMap<>());
        }
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key.equals("parts") || key.equals(INDEX)) {
                continue;
            }
            int underscore = key.lastIndexOf('_');
            int k = underscore < 0 ? -1 : index(key.substring(underscore + 1));
            if (k < 0 || k >= count) {
                throw new IllegalStateException("shared rule '" + ruleName + "': metadata @" + key
                        + " names no part (its keys end in _0 to _" + (count - 1) + ")");
            }
            own.get(k).put(key.substring(0, underscore), e.getValue());
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Object name = own.get(k).remove("rule");
            if (name == null) {
                throw new IllegalStateException("shared rule '" + ruleName + "' does not name its part " + k + " (@rule_" + k + ")");
            }
            parts.add(new Part(CheckSpec.text(name), own.get(k)));
        }
        return List.copyOf(parts);
    }

    private static int index(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 4) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
