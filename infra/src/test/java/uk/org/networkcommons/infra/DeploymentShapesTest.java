package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform's three deployment shapes (ADR 19) configure every application the same way: the launcher, compose
 * and Kubernetes only set variables the receiving application reads (a misspelt or stale one is silently ignored, and
 * the application falls back to a default that only fails in that environment), and each shape sets at least what the
 * launcher sets. Read from infra/compose/compose.yaml and infra/k8s/*.yaml; nothing is started.
 */
class DeploymentShapesTest {

    private static final Path COMPOSE = Checkout.root().resolve("infra/compose/compose.yaml");
    private static final Path K8S = Checkout.root().resolve("infra/k8s");

    static List<ServiceModule> applications() {
        return ServiceModule.ALL;
    }

    @ParameterizedTest
    @MethodSource("applications")
    void composeSetsOnlyVariablesTheApplicationReads(ServiceModule application) throws IOException {
        Map<String, String> environment = composeEnvironment(application);

        assertThat(environment).as("compose gives %s an environment", application.module()).isNotEmpty();
        assertReads(application, environment.keySet(), "compose.yaml");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void kubernetesSetsOnlyVariablesTheApplicationReads(ServiceModule application) throws IOException {
        Set<String> environment = kubernetesEnvironment(application);

        assertThat(environment).as("the %s Deployment has an environment", application.module()).isNotEmpty();
        assertReads(application, environment, "infra/k8s");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void composeAndKubernetesSetEverythingTheLauncherSets(ServiceModule application) throws IOException {
        Set<String> launcher = application.environment(new ServiceModule.Wiring("kafka:9092", "http://issuer",
                "secret", Map.of("network-service", "a", "cameo-service", "b", "action-tracker", "c", "gateway", "d")),
                "mongodb://m/" + application.module(), application.defaultPort()).keySet();

        assertThat(composeEnvironment(application).keySet()).as("compose").containsAll(launcher);
        assertThat(kubernetesEnvironment(application)).as("kubernetes").containsAll(launcher);
    }

    @ParameterizedTest
    @MethodSource("applications")
    void composeStartsAnApplicationOnlyOnceWhatItNeedsIsHealthyAndChecksItsReadiness(ServiceModule application)
            throws IOException {
        Map<String, Object> service = composeService(application);

        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertThat(dependsOn).as(application.module() + " depends_on").isNotEmpty();
        dependsOn.values().forEach(condition -> assertThat(map(condition)).containsEntry("condition",
                "service_healthy"));
        Set<String> needed = application.gateway() ? Set.of("keycloak", "network-service", "cameo-service",
                "action-tracker") : Set.of("kafka", "mongodb");
        assertThat(dependsOn.keySet()).containsAll(needed);
        assertThat(String.valueOf(map(service.get("healthcheck")).get("test"))).contains("/actuator/health/readiness");
        assertThat(String.valueOf(service.get("image"))).startsWith("networkcommons/" + application.module() + ":");
        Map<String, Object> compose = ApplicationYaml.documents(COMPOSE).getFirst();
        for (String infrastructure : List.of("kafka", "mongodb", "keycloak")) {
            assertThat(map(map(map(compose.get("services")).get(infrastructure)).get("healthcheck")))
                    .as(infrastructure + " healthcheck").containsKey("test");
        }
    }

    @Test
    void composeMountsTheRealmTheLauncherImportsAndRunsMongoDbAsAReplicaSet() throws IOException {
        Map<String, Object> services = map(ApplicationYaml.documents(COMPOSE).getFirst().get("services"));

        assertThat(String.valueOf(map(services.get("keycloak")).get("volumes")))
                .contains("../keycloak:/opt/keycloak/data/import");
        assertThat(String.valueOf(map(services.get("keycloak")).get("image"))).endsWith(":26.4.7");
        assertThat(String.valueOf(map(services.get("mongodb")).get("command"))).contains("--replSet");
        assertThat(String.valueOf(map(services.get("kafka")).get("image"))).startsWith("apache/kafka:");
        for (ServiceModule application : ServiceModule.ALL) {
            assertThat(composeEnvironment(application).get(ServiceModule.MONGODB_URI)).contains("replicaSet=rs0")
                    .contains("/" + application.module() + "?");
        }
    }

    @ParameterizedTest
    @MethodSource("applications")
    void kubernetesProbesLimitsAndScalesEveryApplication(ServiceModule application) throws IOException {
        Map<String, Object> container = kubernetesContainer(application);

        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(map(path(container, "resources", "requests"))).containsKeys("cpu", "memory");
        assertThat(map(path(container, "resources", "limits"))).containsKey("memory");
        assertThat(String.valueOf(List.copyOf((List<?>) container.get("ports")))).contains(
                String.valueOf(application.defaultPort()));

        Map<String, Object> autoscaler = kubernetesObject("HorizontalPodAutoscaler", application.module());
        assertThat(path(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(application.module());
        assertThat((Integer) path(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat(kubernetesObject("Service", application.module())).isNotNull();
    }

    @Test
    void theGatewaysServiceKeepsABrowserOnTheReplicaHoldingItsSession() throws IOException {
        assertThat(path(kubernetesObject("Service", "gateway"), "spec", "sessionAffinity")).isEqualTo("ClientIP");
    }

    private static void assertReads(ServiceModule application, Iterable<String> variables, String where)
            throws IOException {
        ApplicationYaml configuration = ApplicationYaml.of(application.module());
        for (String variable : variables) {
            assertThat(configuration.reads(variable)).as("%s in %s is read by %s's application.yml", variable, where,
                    application.module()).isTrue();
        }
    }

    private static Map<String, Object> composeService(ServiceModule application) throws IOException {
        Map<String, Object> services = map(ApplicationYaml.documents(COMPOSE).getFirst().get("services"));
        return map(services.get(application.module()));
    }

    private static Map<String, String> composeEnvironment(ServiceModule application) throws IOException {
        Object environment = composeService(application).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> byName) {
            byName.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else if (environment instanceof List<?> lines) {
            for (Object line : lines) {
                String text = String.valueOf(line);
                int equals = text.indexOf('=');
                variables.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return variables;
    }

    /** The container's own variables plus every key of the ConfigMaps it takes whole ({@code envFrom}). */
    private static Set<String> kubernetesEnvironment(ServiceModule application) throws IOException {
        Map<String, Object> container = kubernetesContainer(application);
        Set<String> variables = new java.util.LinkedHashSet<>();
        for (Object entry : list(container.get("env"))) {
            variables.add(String.valueOf(map(entry).get("name")));
        }
        for (Object source : list(container.get("envFrom"))) {
            Object configMap = map(source).get("configMapRef");
            assertThat(configMap).as("envFrom of %s takes ConfigMaps only", application.module()).isNotNull();
            String name = String.valueOf(map(configMap).get("name"));
            variables.addAll(map(kubernetesObject("ConfigMap", name).get("data")).keySet());
        }
        return variables;
    }

    private static Map<String, Object> kubernetesContainer(ServiceModule application) throws IOException {
        Map<String, Object> deployment = kubernetesObject("Deployment", application.module());
        for (Object container : list(path(deployment, "spec", "template", "spec", "containers"))) {
            if (application.module().equals(map(container).get("name"))) {
                return map(container);
            }
        }
        throw new AssertionError("the " + application.module() + " Deployment has no container of that name");
    }

    private static Map<String, Object> kubernetesObject(String kind, String name) throws IOException {
        Map<String, Map<String, Object>> found = new HashMap<>();
        List<Path> files;
        try (Stream<Path> entries = Files.list(K8S)) {
            files = entries.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            for (Map<String, Object> document : ApplicationYaml.documents(file)) {
                found.put(document.get("kind") + "/" + path(document, "metadata", "name"), document);
            }
        }
        Map<String, Object> object = found.get(kind + "/" + name);
        if (object == null) {
            throw new AssertionError("no " + kind + " " + name + " in " + K8S + " (found " + found.keySet() + ")");
        }
        return object;
    }

    private static Object path(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<Object> list(Object node) {
        return node instanceof List<?> items ? new ArrayList<>(items) : List.of();
    }
}
