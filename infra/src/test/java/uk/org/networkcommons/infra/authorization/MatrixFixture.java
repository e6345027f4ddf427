package uk.org.networkcommons.infra.authorization;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matrix fills requests with and whom it sends them as: values for path variables and required query
 * parameters, body properties, real objects' ids that strangers must not see (each may be declared visible to some of
 * them), texts that must appear in no stranger's answer, the strangers' tokens and the owner's, who may read
 * everything.
 */
final class MatrixFixture {

    private final String ownerToken;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> endpointValues = new LinkedHashMap<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> endpointFields = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, Set<String>> hiddenIds = new LinkedHashMap<>();
    private final Map<String, Set<String>> secrets = new LinkedHashMap<>();
    private final Map<String, String> strangers = new LinkedHashMap<>();

    MatrixFixture(String ownerToken) {
        this.ownerToken = ownerToken;
    }

    /** The id of an object strangers may not see, for the path variable {@code name}. */
    MatrixFixture hidden(String name, String id) {
        values.put(name, id);
        return hidden(id);
    }

    /** The id of an object strangers may not see that no path variable takes (it may be in bodies or answers). */
    MatrixFixture hidden(String id) {
        hiddenIds.putIfAbsent(id, new LinkedHashSet<>());
        secrets.putIfAbsent(id, new LinkedHashSet<>());
        return this;
    }

    /** Text that identifies a hidden object (a name, a title) and must be in no stranger's answer. */
    MatrixFixture secret(String text) {
        secrets.putIfAbsent(text, new LinkedHashSet<>());
        return this;
    }

    /** The services' rules let these strangers see this hidden object (its id or text). */
    MatrixFixture visibleTo(String idOrText, String... strangerLabels) {
        for (Map<String, Set<String>> visibility : List.of(hiddenIds, secrets)) {
            Set<String> labels = visibility.get(idOrText);
            if (labels != null) {
                labels.addAll(List.of(strangerLabels));
            }
        }
        return this;
    }

    /** A value for a path variable or a required query parameter that is not a hidden object. */
    MatrixFixture value(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** A value for a path variable or required query parameter of one operation ("METHOD /path"). */
    MatrixFixture value(String operation, String name, String value) {
        endpointValues.computeIfAbsent(operation, key -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** A body property of every operation, at any depth, by name. */
    MatrixFixture field(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    /** A body property of one operation. */
    MatrixFixture field(String operation, String name, Object value) {
        endpointFields.computeIfAbsent(operation, key -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /** Query parameters added to one operation's request, e.g. a page size that brings the owner's rows to page 1. */
    MatrixFixture query(String operation, String query) {
        queries.put(operation, query);
        return this;
    }

    /** Someone who must not see the hidden objects, by the label the services' matrices give them. */
    MatrixFixture stranger(String label, String token) {
        strangers.put(label, token);
        return this;
    }

    String ownerToken() {
        return ownerToken;
    }

    Map<String, String> strangers() {
        return strangers;
    }

    Map<String, String> values(String operation) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(endpointValues.getOrDefault(operation, Map.of()));
        return all;
    }

    Map<String, Object> fields() {
        return fields;
    }

    Map<String, Object> fields(String operation) {
        return endpointFields.getOrDefault(operation, Map.of());
    }

    String query(String operation) {
        return queries.get(operation);
    }

    Set<String> hiddenFrom(String stranger) {
        return without(hiddenIds, stranger);
    }

    Set<String> secretsFrom(String stranger) {
        return without(secrets, stranger);
    }

    /** Every secret, whoever may see it: what the owner's answer to a list must hold some of. */
    Set<String> allSecrets() {
        return secrets.keySet();
    }

    private static Set<String> without(Map<String, Set<String>> visibility, String stranger) {
        Set<String> hidden = new LinkedHashSet<>();
        visibility.forEach((idOrText, visibleTo) -> {
            if (!visibleTo.contains(stranger)) {
                hidden.add(idOrText);
            }
        });
        return hidden;
    }
}
