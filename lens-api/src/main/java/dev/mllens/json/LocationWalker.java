package dev.mllens.json;

import dev.mllens.json.FactLocations.Position;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One streaming pass over a document that records where every key and list element starts. Elements
 * of a list are filed under their index ({@code datasets[0].versioned}) and, when they have a string
 * {@code id}, under it as well ({@code datasets[transactions].versioned}), the way findings name them.
 */
final class LocationWalker {

    private final JsonParser parser;
    private final Map<String, Position> positions = new HashMap<>();

    private LocationWalker(JsonParser parser) {
        this.parser = parser;
    }

    /** The positions in the document; a document that breaks off gives what was read before the break. */
    static FactLocations walk(JsonParser parser) {
        LocationWalker w = new LocationWalker(parser);
        try (parser) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                w.object("", w.positions);
            }
        } catch (JacksonException e) {
            // the reader reports what is wrong with the document; here it only ends the walk
        }
        return new FactLocations(w.positions);
    }

    /** Files the keys of the object under {@code path}; returns its string {@code id}, if any. */
    private String object(String path, Map<String, Position> into) {
        String id = null;
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            into.putIfAbsent(child, at(parser.currentTokenLocation()));
            JsonToken v = parser.nextToken();
            if ("id".equals(name) && v == JsonToken.VALUE_STRING) {
                id = parser.getString();
            }
            value(v, child, into);
        }
        return id;
    }

    private void value(JsonToken v, String path, Map<String, Position> into) {
        if (v == JsonToken.START_OBJECT) {
            object(path, into);
        } else if (v == JsonToken.START_ARRAY) {
            array(path, into);
        }
    }

    private void array(String path, Map<String, Position> into) {
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken(), index++) {
            Position at = at(parser.currentTokenLocation());
            String byIndex = path + "[" + index + "]";
            into.putIfAbsent(byIndex, at);
            if (t != JsonToken.START_OBJECT) {
                value(t, byIndex, into);
                continue;
            }
            // the id may follow other keys: collect the element's keys first, then file them under both names
            Map<String, Position> element = new LinkedHashMap<>();
            String id = object("", element);
            element.forEach((key, p) -> into.putIfAbsent(byIndex + "." + key, p));
            if (id != null) {
                String byId = path + "[" + id + "]";
                into.putIfAbsent(byId, at);
                element.forEach((key, p) -> into.putIfAbsent(byId + "." + key, p));
            }
        }
    }

    private static Position at(TokenStreamLocation loc) {
        return loc == null ? Position.TOP : new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
