package uk.org.networkcommons.platform.test.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators of hostile request bodies, derived from one valid body: random JSON, a field given the wrong type,
 * a huge, empty, control-character or unicode string, an extreme number or date, nulls, missing and unknown fields,
 * deep nesting, broken syntax, bytes that are not UTF-8, and the wrong content type. Public for the gateway's fuzzer,
 * which sends the same bodies through its API routes.
 */
public final class JsonMutations {

    /** A body to send, what it is (for the failure message) and its content type (null: none). */
    public record Payload(String description, byte[] body, String contentType) {

        static Payload json(String description, String json) {
            return new Payload(description, json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE);
        }

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return description + " [" + contentType + ", " + body.length + " bytes] "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {
    }

    /**
     * Every kind of hostile body, each family about equally likely, made from the valid body and from the body with
     * every optional field filled in too.
     */
    static Arbitrary<Payload> of(JsonNode valid, JsonNode complete) {
        return complete == null || complete.equals(valid) ? of(valid)
                : Arbitraries.oneOf(of(valid), of(complete));
    }

    public static Arbitrary<Payload> of(JsonNode valid) {
        List<List<Object>> paths = paths(valid, new ArrayList<>(), new ArrayList<>());
        List<Arbitrary<Payload>> families = new ArrayList<>();
        families.add(anyJson(4).map(json -> Payload.json("random JSON", json.toString())));
        families.add(deepNesting().map(json -> Payload.json("deep nesting", json)));
        families.add(brokenSyntax(valid.toString()));
        families.add(notUtf8(valid.toString()));
        families.add(wrongContentType(valid.toString()));
        families.add(Arbitraries.of("", "null", "[]", "{}", "\"\"", "0", "true", "[{}]", "{\"\":null}")
                .map(text -> Payload.json("a trivial document", text)));
        if (!paths.isEmpty()) {
            Arbitrary<List<Object>> path = Arbitraries.of(paths);
            families.add(Combinators.combine(path, hostileValue()).as((where, value) -> Payload.json(
                    "field " + where + " set to a hostile value", replace(valid, where, value).toString())));
            families.add(Combinators.combine(path, anyJson(3)).as((where, value) -> Payload.json(
                    "field " + where + " set to random JSON", replace(valid, where, value).toString())));
            families.add(path.map(where -> Payload.json("field " + where + " left out",
                    remove(valid, where).toString())));
            families.add(path.flatMap(where -> edgeOfItsKind(at(valid, where)).map(value -> Payload.json(
                    "field " + where + " set to an edge value of its kind", replace(valid, where, value).toString()))));
        }
        if (valid.isObject()) {
            families.add(Combinators.combine(Arbitraries.strings().all().ofMaxLength(30), hostileValue())
                    .as((name, value) -> {
                        ObjectNode extra = ((ObjectNode) valid).deepCopy();
                        extra.set(name, value);
                        return Payload.json("unknown field added", extra.toString());
                    }));
        }
        return Arbitraries.oneOf(families);
    }

    /** Dates Java parses that a calendar (and a database) does not hold, and dates that do not exist. */
    static final List<String> EDGE_DATES = List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01",
            "-0001-12-31", "0000-01-01", "9999-12-31", "1970-01-01", "2024-02-30", "2023-02-29", "2024-13-01",
            "2024-1-1", "20240101", "2024-01-01T00:00:00Z", "2024-W01-1");

    /** A value of the same JSON kind as {@code value}, at the edge of what that kind holds. */
    static Arbitrary<JsonNode> edgeOfItsKind(JsonNode value) {
        if (value.isString() && value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Arbitraries.of(EDGE_DATES).map(NODES::stringNode);
        }
        if (value.isNumber()) {
            return extremeNumber();
        }
        if (value.isBoolean()) {
            return Arbitraries.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.nullNode());
        }
        if (value.isArray()) {
            return hostileValue();
        }
        return hostileString().map(NODES::stringNode);
    }

    /** Values that break naive code: wrong types, extremes, huge and odd strings, odd dates. */
    static Arbitrary<JsonNode> hostileValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, hostileString().map(NODES::stringNode)),
                Tuple.of(2, extremeNumber()),
                Tuple.of(2, Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(),
                        NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode()))),
                Tuple.of(1, Arbitraries.integers().between(1, 3000).map(size -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < size; i++) {
                        many.add("item-" + i);
                    }
                    return many;
                })),
                Tuple.of(1, anyJson(3)));
    }

    public static Arbitrary<String> hostileString() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(2, Arbitraries.of("", " ", "\t\n", "\u0000", "a\u0000b", "\u202eevil", "\u200b", "\ufeff",
                        "😀", "𝕏", "\ud800", "\udfff", "é", "e\u0301", "null", "undefined", "NaN", "-0", "1e309",
                        "0000-00-00", "2024-02-30", "+999999999-12-31", "-999999999-01-01", "9999-12-31T23:59:59Z",
                        "$where", "{\"$gt\": \"\"}", "../../etc/passwd", "%2e%2e%2f", "<script>alert(1)</script>",
                        "'; drop table x; --", "${jndi:ldap://127.0.0.1/a}", "#{1+1}", "\\", "\"", "/api/actions")),
                Tuple.of(1, Arbitraries.integers().between(1_000, 300_000).map("x"::repeat)),
                Tuple.of(1, Arbitraries.integers().between(100, 20_000).map("😀"::repeat)));
    }

    static Arbitrary<JsonNode> extremeNumber() {
        return Arbitraries.oneOf(
                Arbitraries.of(0L, -1L, 1L, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE,
                        Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE).map(NODES::numberNode),
                Arbitraries.of(new BigInteger("9".repeat(40)), new BigInteger("-" + "9".repeat(400)))
                        .map(NODES::numberNode),
                Arbitraries.of(new BigDecimal("1e309"), new BigDecimal("-1e-400"), new BigDecimal("0.5"),
                        new BigDecimal("-0.0"), new BigDecimal("1.0")).map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode));
    }

    /** Random JSON values, nested up to {@code depth}. */
    static Arbitrary<JsonNode> anyJson(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.strings().all().ofMaxLength(20).map(NODES::stringNode));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> {
                    ArrayNode array = NODES.arrayNode();
                    items.forEach(array::add);
                    return array;
                }),
                Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(10), inner).ofMaxSize(4).map(fields -> {
                    ObjectNode object = NODES.objectNode();
                    fields.forEach(object::set);
                    return object;
                })), 0, depth);
    }

    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(50, 20_000), Arbitraries.of("[]", "{\"a\":}"))
                .as((depth, brackets) -> {
                    String open = brackets.equals("[]") ? "[" : "{\"a\":";
                    String close = brackets.equals("[]") ? "]" : "}";
                    return open.repeat(depth) + "1" + close.repeat(depth);
                });
    }

    private static Arbitrary<Payload> brokenSyntax(String valid) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, Math.max(0, valid.length() - 1));
        return Arbitraries.oneOf(
                position.map(at -> Payload.json("cut short", valid.substring(0, at))),
                Combinators.combine(position, Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'x'))
                        .as((at, c) -> Payload.json("a character inserted",
                                valid.substring(0, at) + c + valid.substring(at))),
                position.map(at -> Payload.json("a character dropped",
                        valid.substring(0, at) + valid.substring(Math.min(valid.length(), at + 1)))),
                Arbitraries.of(valid + valid, valid + ",", "[" + valid, valid.replace('"', '\''),
                        "/* comment */" + valid, "\ufeff" + valid, valid.replace(":", ": NaN, \"n\":"),
                        valid.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,"))
                        .map(text -> Payload.json("broken syntax", text)));
    }

    private static Arbitrary<Payload> notUtf8(String valid) {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                        .map(bytes -> new Payload("random bytes", bytes, MediaType.APPLICATION_JSON_VALUE)),
                Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88})
                        .map(bad -> {
                            byte[] text = valid.getBytes(StandardCharsets.UTF_8);
                            int at = Math.max(0, valid.indexOf(":\"") + 2);
                            byte[] body = new byte[text.length + bad.length];
                            System.arraycopy(text, 0, body, 0, at);
                            System.arraycopy(bad, 0, body, at, bad.length);
                            System.arraycopy(text, at, body, at + bad.length, text.length - at);
                            return new Payload("invalid UTF-8 in a string", body, MediaType.APPLICATION_JSON_VALUE);
                        }));
    }

    private static Arbitrary<Payload> wrongContentType(String valid) {
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                "application/json; charset=no-such-charset", "application/json; charset=UTF-16", "*/*",
                "application/problem+json", "application/octet-stream", "not a media type", "")
                .map(type -> new Payload("content type " + type, valid.getBytes(StandardCharsets.UTF_8),
                        type.isEmpty() ? null : type));
    }

    /** Paths (property names and indexes) of every value in the document. */
    private static List<List<Object>> paths(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                List<Object> child = new ArrayList<>(at);
                child.add(field.getKey());
                found.add(child);
                paths(field.getValue(), child, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(at);
                child.add(i);
                found.add(child);
                paths(node.get(i), child, found);
            }
        }
        return found;
    }

    private static JsonNode replace(JsonNode document, List<Object> path, JsonNode value) {
        JsonNode copy = document.deepCopy();
        JsonNode parent = parent(copy, path);
        Object last = path.getLast();
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    private static JsonNode remove(JsonNode document, List<Object> path) {
        JsonNode copy = document.deepCopy();
        JsonNode parent = parent(copy, path);
        Object last = path.getLast();
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) last);
        }
        return copy;
    }

    /** The document with each of its values in turn set to null, and each list with a null item added. */
    static List<Payload> nulled(JsonNode document) {
        List<Payload> payloads = new ArrayList<>();
        for (List<Object> path : paths(document, new ArrayList<>(), new ArrayList<>())) {
            payloads.add(Payload.json(render(path) + " = null",
                    replace(document, path, NODES.nullNode()).toString()));
            JsonNode value = at(document, path);
            if (value.isArray()) {
                ArrayNode withNull = ((ArrayNode) value.deepCopy()).add(NODES.nullNode());
                payloads.add(Payload.json(render(path) + " with a null item",
                        replace(document, path, withNull).toString()));
            }
        }
        return payloads;
    }

    /** Paths of the values that are dates (yyyy-mm-dd), as the example bodies hold them. */
    static List<List<Object>> datePaths(JsonNode document) {
        return paths(document, new ArrayList<>(), new ArrayList<>()).stream()
                .filter(path -> at(document, path).isString()
                        && at(document, path).asString().matches("\\d{4}-\\d{2}-\\d{2}"))
                .toList();
    }

    /** A path as the problem responses name fields: {@code details.endsOn}, {@code milestones[0].due}. */
    static String render(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    static JsonNode with(JsonNode document, List<Object> path, String value) {
        return replace(document, path, NODES.stringNode(value));
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode parent(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }
}
