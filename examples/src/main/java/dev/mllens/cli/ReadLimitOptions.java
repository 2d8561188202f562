package dev.mllens.cli;

import dev.mllens.json.ReadLimits;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --limit NAME=N}: the limits on one document, over the defaults of {@link ReadLimits}. */
final class ReadLimitOptions {

    @Option(names = "--limit", paramLabel = "NAME=N",
            description = "Raise or lower a limit on what one document may hold: document (characters, default "
                    + ReadLimits.DEFAULT_DOCUMENT_LENGTH + "), depth (levels of nesting, default " + ReadLimits.DEFAULT_DEPTH
                    + "), entities (datasets, models and endpoints in all, default " + ReadLimits.DEFAULT_ENTITIES
                    + "), list (items in one list, default " + ReadLimits.DEFAULT_LIST_LENGTH + "), string (characters in"
                    + " one value, default " + ReadLimits.DEFAULT_STRING_LENGTH + "). Repeat it for several.")
    Map<String, String> limits = new LinkedHashMap<>();

    /** The limits asked for; a name or number that is not one is a usage error. */
    ReadLimits limits(CommandLine cl) {
        ReadLimits.Builder b = ReadLimits.builder();
        for (Map.Entry<String, String> e : limits.entrySet()) {
            String name = e.getKey().strip().toLowerCase(Locale.ROOT);
            long value;
            try {
                value = Long.parseLong(e.getValue().strip().replace("_", ""));
            } catch (NumberFormatException ex) {
                throw new ParameterException(cl, "--limit " + name + ": expected a whole number, got '" + e.getValue() + "'");
            }
            try {
                switch (name) {
                    case "document" -> b.maxDocumentLength(value);
                    case "depth" -> b.maxDepth(intValue(name, value));
                    case "entities" -> b.maxEntities(intValue(name, value));
                    case "list" -> b.maxListLength(intValue(name, value));
                    case "string" -> b.maxStringLength(intValue(name, value));
                    default -> throw new ParameterException(cl, "--limit " + e.getKey()
                            + ": not a limit; the limits are document, depth, entities, list and string");
                }
            } catch (IllegalArgumentException ex) {
                throw new ParameterException(cl, "--limit " + name + ": must be from 1 to "
                        + (name.equals("document") ? Long.MAX_VALUE : Integer.MAX_VALUE) + ", was " + value);
            }
        }
        return b.build();
    }

    private static int intValue(String name, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name);
        }
        return (int) value;
    }
}
