package uk.org.networkcommons.platform.test.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.networkcommons.platform.test.api.JsonExamples;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Parameter;

/**
 * One filled-in call of an endpoint in an authorization matrix, to send as different people, and the same call with
 * the hidden objects' ids swapped for invented ones: a stranger's answer to the real call must not differ from the
 * answer to the invented one, or it tells that the object exists. Used in the services' matrices and in the one that
 * runs through the gateway against the launched platform.
 *
 * @param inventedIds each real id this request replaced, with the invented id that stands in for it
 */
public record MatrixRequest(Endpoint endpoint, String path, String body, Map<String, String> inventedIds) {

    private static final Pattern UUID_IN_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public MatrixRequest(Endpoint endpoint, String path, String body) {
        this(endpoint, path, body, Map.of());
    }

    /**
     * The request a matrix sends for an endpoint: path variables and required query parameters from {@code values}
     * (other required query parameters get an example of their schema), {@code extraQuery} appended when not null,
     * and a valid body of the endpoint's schema with {@code bodyFields} filled in. Fails when it cannot be filled, so
     * that no endpoint is silently left out of a matrix.
     */
    public static MatrixRequest fill(Endpoint endpoint, Map<String, String> values, String extraQuery,
            Map<String, Object> bodyFields) {
        for (String variable : endpoint.pathVariables()) {
            if (!values.containsKey(variable)) {
                throw new AssertionError("The matrix has no value for {" + variable + "} of " + endpoint.key()
                        + ": give the fixture one with hidden(...) or value(...)");
            }
        }
        StringJoiner query = new StringJoiner("&");
        for (Parameter parameter : endpoint.in("query")) {
            if (parameter.required()) {
                String value = values.containsKey(parameter.name()) ? values.get(parameter.name())
                        : JsonExamples.scalar(parameter.schema(), parameter.name());
                query.add(parameter.name() + "=" + value);
            }
        }
        if (extraQuery != null) {
            query.add(extraQuery);
        }
        String path = endpoint.expand(values) + (query.length() == 0 ? "" : "?" + query);
        String body = null;
        if (endpoint.hasBody()) {
            try {
                body = JsonExamples.valid(endpoint.bodySchema(), bodyFields).toString();
            } catch (IllegalStateException cannot) {
                throw new AssertionError("The matrix cannot fill the body of " + endpoint.key() + ": "
                        + cannot.getMessage(), cannot);
            }
        }
        return new MatrixRequest(endpoint, path, body);
    }

    public boolean mentions(String text) {
        return path.contains(text) || (body != null && body.contains(text));
    }

    /**
     * The same request with every hidden id in it replaced by a fresh one of the same form (an id such as
     * {@code action-<uuid>} keeps its prefix) that names nothing.
     */
    public MatrixRequest withInventedIds(Set<String> hiddenIds) {
        Map<String, String> invented = new LinkedHashMap<>();
        String newPath = path;
        String newBody = body;
        for (String id : hiddenIds) {
            if (mentions(id)) {
                Matcher uuid = UUID_IN_ID.matcher(id);
                String fresh = uuid.find() ? uuid.replaceFirst(UUID.randomUUID().toString())
                        : UUID.randomUUID().toString();
                invented.put(id, fresh);
                newPath = newPath.replace(id, fresh);
                newBody = newBody == null ? null : newBody.replace(id, fresh);
            }
        }
        return new MatrixRequest(endpoint, newPath, newBody, invented);
    }

    /**
     * The answers to the original request and to this one, each id (real there, invented here) replaced by the same
     * placeholder, so that they can be compared.
     */
    public String[] placeholders(String original, String answer) {
        String real = original;
        String made = answer;
        int i = 0;
        for (Map.Entry<String, String> id : inventedIds.entrySet()) {
            real = real.replace(id.getKey(), "<hidden-" + i + ">");
            made = made.replace(id.getValue(), "<hidden-" + i + ">");
            i++;
        }
        return new String[] {real, made};
    }

    @Override
    public String toString() {
        return endpoint.method() + " " + path + (body == null ? "" : " " + body);
    }
}
