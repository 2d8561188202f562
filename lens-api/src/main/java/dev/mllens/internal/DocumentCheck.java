package dev.mllens.internal;

import org.apiguardian.api.API;
import dev.mllens.json.ReadLimits;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.workload.FactModel;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * One streaming pass over a document before anything is built from it. It holds the document to the
 * {@link ReadLimits} the parser cannot count (items in one list; strings, names and nesting for YAML, whose
 * parser reads a whole scalar at once), refuses what the binding would misread (more than one value, YAML
 * aliases), and surfaces every syntax error, so that binding sees only a well-formed document within the
 * limits. It keeps nothing but the parser's position, so it costs no memory however large the document.
 */
@API(status = API.Status.INTERNAL)
public final class DocumentCheck {

    private DocumentCheck() {
    }

    /** Reads {@code p} to its end; throws a {@link WorkloadFormatException} at the first thing over a limit. */
    public static void check(JsonParser p, ReadLimits limits) {
        try {
            walk(p, limits);
        } catch (StreamConstraintsException e) {
            // the parser stopped at one of the limits it enforces itself; where it stopped is where it went over
            throw refused(JsonErrors.path(p.streamReadContext()), JsonErrors.overLimit(String.valueOf(e.getOriginalMessage()), limits));
        }
    }

    private static void walk(JsonParser p, ReadLimits limits) {
        int values = 0;
        int entities = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t.isStructEnd()) {
                continue;
            }
            TokenStreamContext here = p.streamReadContext();
            TokenStreamContext container = t.isStructStart() ? here.getParent() : here;
            if (container.inRoot() && ++values > 1) {
                throw refused("$", "more than one value: a document holds one object");
            }
            if (container.inArray() && container.getCurrentIndex() >= limits.maxListLength()) {
                throw refused(JsonErrors.path(container).replaceFirst("\\[\\d+\\]$", ""),
                        "more than " + limits.maxListLength() + " items, the limit on one list");
            }
            if (entityList(container) && ++entities > limits.maxEntities()) {
                throw refused(JsonErrors.path(container), "more than " + limits.maxEntities()
                        + " datasets, models and endpoints in all, the limit on one workload");
            }
            if (t.isStructStart() && here.getNestingDepth() > limits.maxDepth()) {
                throw refused(JsonErrors.path(container), "nested more than " + limits.maxDepth() + " levels deep, the limit on nesting");
            }
            if (t == JsonToken.PROPERTY_NAME && p.currentName().length() > limits.maxStringLength()) {
                throw refused(JsonErrors.path(here.getParent()),
                        "a field name longer than " + limits.maxStringLength() + " characters, the limit on one string");
            }
            if (t == JsonToken.VALUE_STRING && p.getStringLength() > limits.maxStringLength()) {
                throw refused(JsonErrors.path(here),
                        "a string longer than " + limits.maxStringLength() + " characters, the limit on one string");
            }
            if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw refused(JsonErrors.path(here), "YAML aliases (*name) are not supported: write the value out");
            }
        }
        if (values == 0) {
            throw refused("$", "the document is empty");
        }
    }

    /** The lists of entities: {@code datasets}, {@code models}, {@code endpoints}. */
    private static final Set<String> ENTITY_LISTS = FactModel.get().sections().stream().filter(FactModel.Section::list)
            .map(FactModel.Section::name).collect(Collectors.toUnmodifiableSet());

    /** Whether {@code c} is one of the workload's lists of entities, at the top of the document. */
    private static boolean entityList(TokenStreamContext c) {
        TokenStreamContext workload = c.getParent();
        return c.inArray() && workload != null && workload.inObject() && workload.getParent() != null
                && workload.getParent().inRoot() && ENTITY_LISTS.contains(workload.currentName());
    }

    private static WorkloadFormatException refused(String path, String problem) {
        return new WorkloadFormatException(path, problem, null);
    }
}
