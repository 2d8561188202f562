package dev.mllens.cli;

import dev.mllens.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed workload documents made from the sample: each is the sample with one thing wrong (a value of
 * the wrong type at every path, a bad number or enum name, a null, an unknown field, a bad encoding, a cut,
 * a duplicate key or id, a dangling reference, too deep, too long, too many), so that every place a reader
 * can be lenient is tried. Every one must be refused.
 *
 * @param name what is wrong, for the assertion messages
 * @param bytes the document
 */
record HostileDocuments(String name, byte[] bytes) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values the sample writes in capitals are enum names. */
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]+");

    static HostileDocuments of(String name, String text) {
        return new HostileDocuments(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** All the cases. */
    static List<HostileDocuments> all() {
        List<HostileDocuments> cases = new ArrayList<>();
        JsonNode sample = MAPPER.readTree(Samples.fraudDetectionJson());
        wrongTypes(sample, cases);
        unknownFields(sample, cases);
        badNumbers(cases);
        encodings(cases);
        truncations(cases);
        duplicates(sample, cases);
        dangling(sample, cases);
        nestingAndSize(cases);
        wholeDocuments(cases);
        return cases;
    }

    /** A place in the sample: its JSON path, the steps from the root (names and indexes), and its value. */
    private interface Visit {
        void at(String path, List<Object> steps, JsonNode node);
    }

    /** Visits every value of the tree below {@code node}, children first. */
    private static void walk(JsonNode node, String path, List<Object> steps, Visit visit) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                List<Object> next = new ArrayList<>(steps);
                next.add(e.getKey());
                walk(e.getValue(), path + "." + e.getKey(), next, visit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(steps);
                next.add(i);
                walk(node.get(i), path + "[" + i + "]", next, visit);
            }
        }
        visit.at(path, steps, node);
    }

    /** At every path of the sample, each value of a kind the field does not take. */
    private static void wrongTypes(JsonNode sample, List<HostileDocuments> out) {
        walk(sample, "$", List.of(), (path, steps, node) -> {
            if (steps.isEmpty()) {
                return;
            }
            for (JsonNode bad : wrongValues(node, steps.get(steps.size() - 1) instanceof Integer)) {
                out.add(of("wrong type " + bad + " at " + path, replaced(steps, bad)));
            }
        });
    }

    private static List<JsonNode> wrongValues(JsonNode node, boolean listItem) {
        List<JsonNode> bad = new ArrayList<>();
        if (listItem) {
            bad.add(NODES.nullNode()); // a list has no holes
        }
        if (node.isString()) {
            bad.add(NODES.numberNode(123));
            bad.add(NODES.booleanNode(true));
            bad.add(NODES.arrayNode().add(node.asString()));
            bad.add(NODES.objectNode());
            String s = node.asString();
            if (ENUM_NAME.matcher(s).matches()) {
                bad.add(NODES.numberNode(1)); // an ordinal
                bad.add(NODES.stringNode(s + " "));
                bad.add(NODES.stringNode(" " + s));
                bad.add(NODES.stringNode(s.toLowerCase(java.util.Locale.ROOT)));
                bad.add(NODES.stringNode(s + "_NOT"));
                bad.add(NODES.stringNode(""));
            }
        } else if (node.isNumber()) {
            bad.add(NODES.stringNode(node.asString()));
            bad.add(NODES.booleanNode(false));
            bad.add(NODES.arrayNode().add(node));
            bad.add(NODES.objectNode());
        } else if (node.isBoolean()) {
            bad.add(NODES.stringNode(node.asString()));
            bad.add(NODES.numberNode(node.asBoolean() ? 1 : 0));
            bad.add(NODES.arrayNode().add(node));
        } else if (node.isArray()) {
            bad.add(NODES.stringNode("x"));
            bad.add(NODES.numberNode(1));
            bad.add(NODES.objectNode());
        } else if (node.isObject()) {
            bad.add(NODES.arrayNode());
            bad.add(NODES.stringNode("x"));
            bad.add(NODES.numberNode(1));
            if (!node.has("holds")) {
                bad.add(NODES.booleanNode(true)); // an attestation object may be written as true
            }
        }
        return bad;
    }

    /** An unknown field in every object of the sample. */
    private static void unknownFields(JsonNode sample, List<HostileDocuments> out) {
        walk(sample, "$", List.of(), (path, steps, node) -> {
            if (node.isObject()) {
                ObjectNode copy = (ObjectNode) node.deepCopy();
                copy.put("notAField", true);
                out.add(of("unknown field at " + path, replaced(steps, copy)));
            }
        });
    }

    /** Numbers JSON does not allow, or that no field takes, where the sample has a whole number. */
    private static void badNumbers(List<HostileDocuments> out) {
        String sample = Samples.fraudDetectionJson();
        String field = "\"coldStartToleranceMs\": 2000";
        if (!sample.contains(field)) {
            throw new IllegalStateException("the sample no longer has " + field);
        }
        for (String n : List.of("02000", "2000.", ".5", "+2000", "NaN", "Infinity", "-Infinity", "0x7D0", "1e400", "2000.5",
                "99999999999", "-99999999999999999999999", "2e3", "1_000", "--1", "-")) {
            out.add(of("bad number " + n, sample.replace(field, "\"coldStartToleranceMs\": " + n)));
        }
    }

    /** Bytes that are not UTF-8, and UTF-8 that is not a document. */
    private static void encodings(List<HostileDocuments> out) {
        byte[] sample = Samples.fraudDetectionJson().getBytes(StandardCharsets.UTF_8);
        int inName = Samples.fraudDetectionJson().indexOf("Card fraud");
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80})) {
            byte[] doc = new byte[sample.length + bad.length];
            System.arraycopy(sample, 0, doc, 0, inName);
            System.arraycopy(bad, 0, doc, inName, bad.length);
            System.arraycopy(sample, inName, doc, inName + bad.length, sample.length - inName);
            out.add(new HostileDocuments("invalid UTF-8 " + java.util.HexFormat.of().formatHex(bad), doc));
        }
        out.add(new HostileDocuments("UTF-16", Samples.fraudDetectionJson().getBytes(StandardCharsets.UTF_16)));
        out.add(new HostileDocuments("Latin-1 text", "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] cut = new byte[inName + 1];
        System.arraycopy(sample, 0, cut, 0, inName);
        cut[inName] = (byte) 0xE2; // the first byte of three, then the end
        out.add(new HostileDocuments("UTF-8 cut inside a character", cut));
        out.add(of("control character in a string", Samples.fraudDetectionJson().replace("Card fraud", "Card\u0007fraud")));
        out.add(of("NUL outside a string", "{\"id\": \"w\"\u0000}"));
    }

    /** The sample cut at 25 places. */
    private static void truncations(List<HostileDocuments> out) {
        String sample = Samples.fraudDetectionJson().strip();
        for (int i = 1; i <= 25; i++) {
            int at = (int) ((long) sample.length() * i / 26);
            out.add(of("cut at character " + at, sample.substring(0, at)));
        }
    }

    /** A key twice in one object, and an id twice in one list. */
    private static void duplicates(JsonNode sample, List<HostileDocuments> out) {
        String text = Samples.fraudDetectionJson();
        out.add(of("duplicate key id", text.replaceFirst("\"id\": \"card-fraud-detection\",",
                "\"id\": \"card-fraud-detection\", \"id\": \"other\",")));
        out.add(of("duplicate key in context", text.replaceFirst("\"regulated\": true,", "\"regulated\": true, \"regulated\": false,")));
        for (String list : List.of("datasets", "models", "endpoints")) {
            ObjectNode copy = (ObjectNode) sample.deepCopy();
            ArrayNode items = (ArrayNode) copy.get(list);
            items.add(items.get(0).deepCopy());
            out.add(of("duplicate id in " + list, write(copy)));
        }
    }

    /** References to ids that are not declared. */
    private static void dangling(JsonNode sample, List<HostileDocuments> out) {
        for (String[] ref : List.of(new String[] {"models", "trainingDatasetIds"}, new String[] {"endpoints", "modelIds"})) {
            ObjectNode copy = (ObjectNode) sample.deepCopy();
            JsonNode first = copy.get(ref[0]).get(0);
            if (first == null || !first.has(ref[1])) {
                throw new IllegalStateException("the sample no longer has " + ref[0] + "[0]." + ref[1]);
            }
            ((ArrayNode) first.get(ref[1])).add("not-declared");
            out.add(of("dangling " + ref[0] + "[0]." + ref[1], write(copy)));
        }
    }

    /** Over the default limits: nesting, string and name length, list length, entities, document size. */
    private static void nestingAndSize(List<HostileDocuments> out) {
        out.add(of("nested 100 deep", "{\"id\": \"w\", \"context\": " + "[".repeat(100) + "]".repeat(100) + "}"));
        out.add(of("nested 100,000 deep", "{\"id\": \"w\", \"context\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}"));
        out.add(of("a 10 MB id", "{\"id\": \"" + "x".repeat(10_000_000) + "\"}"));
        out.add(of("a 100,000-character field name", "{\"id\": \"w\", \"" + "n".repeat(100_000) + "\": 1}"));
        out.add(of("20,000 regions", "{\"id\": \"w\", \"context\": {\"computeRegions\": ["
                + String.join(",", java.util.Collections.nCopies(20_000, "\"eu-west-1\"")) + "]}}"));
        StringBuilder many = new StringBuilder("{\"id\": \"w\", \"endpoints\": [");
        for (int i = 0; i < 10_001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\"}");
        }
        out.add(of("10,001 endpoints", many.append("]}").toString()));
        StringBuilder mixed = new StringBuilder("{\"id\": \"w\", \"datasets\": [");
        for (int i = 0; i < 4_000; i++) {
            mixed.append(i == 0 ? "" : ",").append("{\"id\": \"d").append(i).append("\"}");
        }
        mixed.append("], \"endpoints\": [");
        for (int i = 0; i < 6_001; i++) {
            mixed.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\"}");
        }
        out.add(of("10,001 datasets and endpoints", mixed.append("]}").toString()));
        out.add(of("11 MB of whitespace", "{\"id\": \"w\"" + " ".repeat(11_000_000) + "}"));
    }

    /** Documents that are not one workload object. */
    private static void wholeDocuments(List<HostileDocuments> out) {
        for (String doc : List.of("", "   ", "null", "[]", "123", "\"w\"", "true", "{}", "{\"id\": null}", "{\"id\": \"\"}",
                "{\"id\": \"   \"}", "{\"id\": \"w\"} {\"id\": \"v\"}", "{\"id\": \"w\"}]", "{\"id\": \"w\",}", "{'id': 'w'}",
                "{id: \"w\"}", "{\"id\": \"w\" /* note */}", "{\"id\": \"w\"} // note", "\uFEFF\uFEFF{\"id\": \"w\"}")) {
            out.add(of("document " + doc, doc));
        }
    }

    /** The sample with the value at {@code steps} replaced by {@code value}. */
    private static String replaced(List<Object> steps, JsonNode value) {
        JsonNode root = MAPPER.readTree(Samples.fraudDetectionJson());
        if (steps.isEmpty()) {
            return write(value);
        }
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return write(root);
    }

    private static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    @Override
    public String toString() {
        return name;
    }
}
