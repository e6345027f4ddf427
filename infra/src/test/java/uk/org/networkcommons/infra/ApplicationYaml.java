package uk.org.networkcommons.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What an application's {@code application.yml} lets the environment set: the variables its placeholders name
 * ({@code ${MONGODB_URI:...}}), and the environment-variable form of every property it declares, which Spring's
 * relaxed binding accepts in place of the property (dots become underscores, dashes go, upper case:
 * {@code spring.security.oauth2.client.provider.keycloak.token-uri} is
 * {@code SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_TOKENURI}). A variable in neither is silently ignored.
 */
final class ApplicationYaml {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private final Map<String, String> placeholders;
    private final Set<String> properties;

    private ApplicationYaml(Map<String, String> placeholders, Set<String> properties) {
        this.placeholders = placeholders;
        this.properties = properties;
    }

    static ApplicationYaml of(String module) throws IOException {
        Path file = Checkout.root().resolve(module).resolve("src/main/resources/application.yml");
        String text = Files.readString(file);
        Map<String, String> placeholders = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            placeholders.putIfAbsent(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
        }
        Set<String> properties = new LinkedHashSet<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                flatten("", document, properties);
            }
        }
        return new ApplicationYaml(placeholders, properties);
    }

    /** Variables named by placeholders, with their defaults ("" when there is none). */
    Map<String, String> placeholders() {
        return placeholders;
    }

    /** Every property path the file declares, lists included ({@code a.b[0].c}). */
    Set<String> properties() {
        return properties;
    }

    /** Whether setting this environment variable changes what the application does. */
    boolean reads(String variable) {
        return placeholders.containsKey(variable) || properties.stream().map(ApplicationYaml::environmentForm)
                .anyMatch(variable::equals);
    }

    /** The variable Spring binds to a property: {@code server.port} is {@code SERVER_PORT}. */
    static String environmentForm(String property) {
        return property.replace("[", "_").replace("]", "").replace('.', '_').replace("-", "")
                .toUpperCase(Locale.ROOT);
    }

    private static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value,
                    into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (!prefix.isEmpty()) {
            into.add(prefix);
        }
    }

    /** All documents of a YAML file (compose files have one, Kubernetes manifests several). */
    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) map;
                    documents.add(typed);
                }
            }
        }
        return documents;
    }
}
