package uk.org.networkcommons.platform.test.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's endpoints as its own OpenAPI document ({@code /v3/api-docs}) describes them: method, path template,
 * parameters and request body schema ({@code $ref}s resolved). Hostile tests are generated from this list rather than
 * from a hand-kept one, so a new endpoint is covered, or makes them fail, the moment it is published.
 *
 * <p>{@link #mapped} lists what the application really maps, to prove that nothing under {@code /api/} is missing
 * from the document (an endpoint hidden from springdoc would otherwise escape every generated test).
 */
public final class OpenApiEndpoints {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final List<Endpoint> endpoints;

    private OpenApiEndpoints(JsonNode document) {
        this.document = document;
        List<Endpoint> found = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                found.add(endpoint(path.getKey(), operation.getKey(), operation.getValue()));
            }
        }));
        found.sort(Comparator.comparing(Endpoint::key));
        this.endpoints = List.copyOf(found);
    }

    /** Reads the document the service publishes, anonymously, as any API client would. */
    public static OpenApiEndpoints of(MockMvc mvc) {
        try {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn();
            if (result.getResponse().getStatus() != 200) {
                throw new AssertionError("GET /v3/api-docs answered " + result.getResponse().getStatus());
            }
            return parse(result.getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the OpenAPI document", e);
        }
    }

    public static OpenApiEndpoints parse(String json) {
        return new OpenApiEndpoints(JSON.readTree(json));
    }

    public List<Endpoint> all() {
        return endpoints;
    }

    /** Endpoints that take a request body (the ones worth fuzzing). */
    public List<Endpoint> withRequestBody() {
        return endpoints.stream().filter(Endpoint::hasBody).toList();
    }

    public Endpoint get(String key) {
        return endpoints.stream().filter(endpoint -> endpoint.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("The OpenAPI document has no " + key + "; it has " + keys()));
    }

    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        endpoints.forEach(endpoint -> keys.add(endpoint.key()));
        return keys;
    }

    /** The schemas the document declares, to resolve {@code $ref}s. */
    public JsonNode components() {
        return document.path("components");
    }

    /**
     * What the application maps under {@code prefix} ("METHOD /path"), read from Spring MVC itself, whether or not
     * it is documented; {@code bodiesOnly} keeps handlers that read a {@code @RequestBody}.
     */
    public static Set<String> mapped(RequestMappingHandlerMapping mappings, String prefix, boolean bodiesOnly) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            boolean hasBody = Stream.of(entry.getValue().getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            if (bodiesOnly && !hasBody) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith(prefix)) {
                    entry.getKey().getMethodsCondition().getMethods()
                            .forEach(method -> keys.add(method.name() + " " + pattern));
                }
            }
        }
        return keys;
    }

    /** Endpoints of the document whose path starts with one of the prefixes. */
    public List<Endpoint> under(String... prefixes) {
        return endpoints.stream().filter(endpoint -> Stream.of(prefixes).anyMatch(endpoint.path()::startsWith))
                .toList();
    }

    private Endpoint endpoint(String path, String method, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        operation.path("parameters").values().forEach(parameter -> parameters.add(new Parameter(
                parameter.path("name").asString(), parameter.path("in").asString(),
                parameter.path("required").asBoolean(false), resolve(parameter.path("schema"), new HashSet<>()))));
        JsonNode body = operation.path("requestBody");
        JsonNode schema = null;
        boolean bodyRequired = false;
        if (!body.isMissingNode()) {
            JsonNode content = body.path("content");
            JsonNode json = content.has("application/json") ? content.path("application/json")
                    : content.values().stream().findFirst().orElse(null);
            schema = json == null ? null : resolve(json.path("schema"), new HashSet<>());
            bodyRequired = body.path("required").asBoolean(false);
        }
        return new Endpoint(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path, List.copyOf(parameters), schema,
                bodyRequired);
    }

    /** The schema with every {@code $ref} replaced by what it names; a cycle is cut to an empty object. */
    private JsonNode resolve(JsonNode node, Set<String> resolving) {
        if (node == null || node.isMissingNode()) {
            return JSON.createObjectNode();
        }
        if (node.isObject() && node.has("$ref")) {
            String ref = node.path("$ref").asString();
            if (!resolving.add(ref)) {
                return JSON.createObjectNode().put("type", "object");
            }
            JsonNode resolved = resolve(document.at(ref.substring(1)), resolving);
            resolving.remove(ref);
            return resolved;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), resolve(field.getValue(), resolving)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.values().forEach(item -> copy.add(resolve(item, resolving)));
            return copy;
        }
        return node;
    }

    /**
     * One operation.
     *
     * @param bodySchema the request body's schema, {@code $ref}s resolved; null if the operation takes no body
     */
    public record Endpoint(HttpMethod method, String path, List<Parameter> parameters, JsonNode bodySchema,
            boolean bodyRequired) {

        /** "METHOD /path/{template}", the way tests name an endpoint. */
        public String key() {
            return method.name() + " " + path;
        }

        public boolean hasBody() {
            return bodySchema != null;
        }

        public boolean isRead() {
            return method.equals(HttpMethod.GET);
        }

        public List<Parameter> in(String location) {
            return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
        }

        /** The names of the path variables, in the order they appear in the path. */
        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            int start = path.indexOf('{');
            while (start >= 0) {
                int end = path.indexOf('}', start);
                names.add(path.substring(start + 1, end));
                start = path.indexOf('{', end);
            }
            return names;
        }

        /** The path with each variable replaced by its value (values are used as given: tests pass safe ids). */
        public String expand(Map<String, String> values) {
            String expanded = path;
            for (String name : pathVariables()) {
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("No value for {" + name + "} of " + key());
                }
                expanded = expanded.replace("{" + name + "}", value);
            }
            return expanded;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** A path, query or header parameter; {@code schema} has its {@code $ref}s resolved. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }
}
