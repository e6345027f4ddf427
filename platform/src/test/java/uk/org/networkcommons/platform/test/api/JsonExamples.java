package uk.org.networkcommons.platform.test.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a valid JSON value from an OpenAPI schema (with its {@code $ref}s resolved, see {@link OpenApiEndpoints}): the
 * required properties only, each the plainest value its schema allows (first enum constant, today for a date, the
 * minimum for a number, one item for a required list). What a schema cannot say (an id that must exist, a domain rule)
 * is given by name in {@code values}, which also adds optional properties; {@link #ABSENT} leaves one out.
 *
 * <p>A string whose pattern none of the usual candidates matches cannot be made up: that fails loudly, naming the
 * field, so a new endpoint is never silently sent a body it will refuse.
 */
public final class JsonExamples {

    /** As a value: leave this property out even if required. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PATTERN_CANDIDATES = List.of("example", "123", "123456", "example-tag",
            "https://example.org/evidence", "EXAMPLE", "a1");

    private JsonExamples() {
    }

    /** A valid instance of {@code schema}; {@code values} by property name, at any depth. */
    public static JsonNode valid(JsonNode schema, Map<String, ?> values) {
        return value(schema, "", values == null ? Map.of() : values, false);
    }

    /**
     * Like {@link #valid}, but with every optional property too, each with the plainest value its schema allows (a
     * made-up id may then be refused): what a fuzzer starts from, so that every field gets hostile values.
     */
    public static JsonNode complete(JsonNode schema, Map<String, ?> values) {
        return value(schema, "", values == null ? Map.of() : values, true);
    }

    /** A plain valid value of a parameter or property schema that is not an object. */
    public static String scalar(JsonNode schema, String name) {
        JsonNode value = value(schema, name, Map.of(), false);
        return value.isString() ? value.asString() : value.toString();
    }

    /** Turns a Java value (string, number, boolean, list, map, JsonNode, null) into JSON. */
    public static JsonNode toJson(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        return value == null ? NODES.nullNode() : JSON.valueToTree(value);
    }

    private static JsonNode value(JsonNode schema, String path, Map<String, ?> values, boolean all) {
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            schema.path("allOf").values().forEach(part -> {
                JsonNode made = value(part, path, values, all);
                if (made.isObject()) {
                    merged.setAll((ObjectNode) made);
                }
            });
            return merged;
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return value(schema.has("oneOf") ? schema.path("oneOf").get(0) : schema.path("anyOf").get(0), path,
                    values, all);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, path, values, all);
            case "array" -> array(schema, path, values, 1, all);
            case "integer" -> NODES.numberNode(number(schema).longValue());
            case "number" -> NODES.numberNode(number(schema).doubleValue());
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.stringNode(string(schema, path));
        };
    }

    private static ObjectNode object(JsonNode schema, String path, Map<String, ?> values, boolean all) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").values().forEach(name -> required.add(name.asString()));
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            String where = path.isEmpty() ? name : path + "." + name;
            if (values.containsKey(name)) {
                Object given = values.get(name);
                if (given != ABSENT) {
                    object.set(name, toJson(given));
                }
            } else if (all || required.contains(name)) {
                object.set(name, value(property.getValue(), where, values, all));
            }
        });
        return object;
    }

    private static ArrayNode array(JsonNode schema, String path, Map<String, ?> values, int wanted,
            boolean all) {
        ArrayNode array = NODES.arrayNode();
        int min = Math.max(wanted, schema.path("minItems").asInt(0));
        int max = schema.has("maxItems") ? schema.path("maxItems").asInt() : Integer.MAX_VALUE;
        int count = Math.min(min, max);
        JsonNode items = schema.path("items");
        List<JsonNode> choices = items.has("enum") ? items.path("enum").values().stream().toList() : null;
        for (int i = 0; i < count; i++) {
            if (choices != null) {
                array.add(choices.get(i % choices.size()));
            } else {
                JsonNode item = value(items, path + "[" + i + "]", values, all);
                array.add(item.isString() && i > 0 ? NODES.stringNode(item.asString() + i) : item);
            }
        }
        return array;
    }

    private static Number number(JsonNode schema) {
        if (schema.has("minimum")) {
            return schema.path("minimum").numberValue();
        }
        if (schema.has("maximum") && schema.path("maximum").asDouble() < 1) {
            return schema.path("maximum").numberValue();
        }
        return 1;
    }

    private static String string(JsonNode schema, String path) {
        String format = schema.path("format").asString("");
        if (format.equals("date")) {
            return LocalDate.now().toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().toString();
        }
        int min = Math.max(1, schema.path("minLength").asInt(1));
        int max = schema.has("maxLength") ? schema.path("maxLength").asInt() : Integer.MAX_VALUE;
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.path("pattern").asString());
            return PATTERN_CANDIDATES.stream()
                    .filter(candidate -> pattern.matcher(candidate).matches())
                    .filter(candidate -> candidate.length() >= min && candidate.length() <= max)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Cannot make up a value for '" + path
                            + "' matching " + pattern + ": give one by name"));
        }
        String plain = "Example " + (path.isEmpty() ? "text" : path);
        while (plain.length() < min) {
            plain = plain + " text";
        }
        return plain.length() > max ? plain.substring(0, max) : plain;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            // OpenAPI 3.1 writes a nullable type as ["string", "null"]
            return type.values().stream().map(JsonNode::asString).filter(name -> !name.equals("null")).findFirst()
                    .orElse("string");
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    /** The values, copied, with more values by name (later ones win). */
    public static Map<String, Object> merged(Map<String, ?> base, Map<String, ?> more) {
        Map<String, Object> merged = new HashMap<>(base);
        merged.putAll(more);
        return merged;
    }
}
