package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The launcher configures the services only through variables their {@code application.yml} reads. A variable that a
 * service does not read is silently ignored, and the service then falls back to a default (for MongoDB, a database on
 * localhost) without any error: the kind of drift that only shows up when someone runs the platform.
 */
class ServiceEnvironmentTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static List<ServiceModule> services() {
        return ServiceModule.ALL;
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyVariableTheLauncherSetsIsOneTheServiceReads(ServiceModule service) throws IOException {
        Map<String, String> environment = service.environment(wiring(), "mongodb://127.0.0.1:27017/"
                + service.module(), service.defaultPort());

        assertThat(placeholders(service).keySet()).containsAll(environment.keySet());
    }

    @Test
    void theGatewayIsToldWhereEveryServiceIsAndSignsInWithThePortalClientOfTheRealm() throws PartFailure {
        Parts parts = new Parts(new Layout(Checkout.root(), Checkout.root()),
                Options.parse(new String[] {"--network-service-port=9181"}, Map.of()));
        Map<String, String> environment = ServiceModule.GATEWAY.environment(parts.wiring(), parts.mongoUri("gateway"),
                8080);

        assertThat(environment).containsEntry("NETWORK_SERVICE_URI", "http://127.0.0.1:9181")
                .containsEntry("CAMEO_SERVICE_URI", "http://127.0.0.1:8082")
                .containsEntry("ACTION_TRACKER_URI", "http://127.0.0.1:8083")
                .containsEntry(ServiceModule.OIDC_CLIENT_ID, ServiceModule.PORTAL_CLIENT)
                .containsEntry(ServiceModule.OIDC_CLIENT_SECRET, Realm.read(Checkout.root()
                        .resolve("infra/keycloak/realm-network-commons.json")).clientSecret(ServiceModule.PORTAL_CLIENT))
                .containsEntry(ServiceModule.MONGODB_URI, "mongodb://127.0.0.1:27017/gateway")
                .containsEntry(ServiceModule.PORT, "8080");
        // a service is told nothing about the portal's client: it only validates tokens
        assertThat(ServiceModule.NETWORK_SERVICE.environment(wiring(), "mongodb://h/network-service", 8081))
                .doesNotContainKeys(ServiceModule.OIDC_CLIENT_SECRET, "CAMEO_SERVICE_URI");
    }

    private static ServiceModule.Wiring wiring() {
        Map<String, String> uris = new java.util.LinkedHashMap<>();
        ServiceModule.ALL.forEach(service -> uris.put(service.module(), "http://127.0.0.1:" + service.defaultPort()));
        return new ServiceModule.Wiring("127.0.0.1:9092", "http://127.0.0.1:18080/realms/network-commons",
                "portal-local-secret", uris);
    }

    @ParameterizedTest
    @MethodSource("services")
    void defaultPortIsTheOneItsConfigurationDefaultsTo(ServiceModule service) throws IOException {
        assertThat(placeholders(service).get(ServiceModule.PORT)).isEqualTo(Integer.toString(service.defaultPort()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceGetsItsOwnDatabase(ServiceModule service) {
        Parts parts = new Parts(new Layout(Checkout.root(), Checkout.root()), Options.parse(new String[0], Map.of()));
        assertThat(parts.mongoUri(service.module())).isEqualTo("mongodb://127.0.0.1:27017/" + service.module());
    }

    @Test
    void everyBootApplicationModuleIsLaunchedAndBuiltBeforeTheLauncher() throws IOException {
        Path root = Checkout.root();
        String wholeRootPom = Files.readString(root.resolve("pom.xml"));
        // the default build's modules; a profile's own (perf) is not built by ./run.sh or ./mvnw verify
        String rootPom = wholeRootPom.substring(0, wholeRootPom.indexOf("</modules>"));
        String infraPom = Files.readString(root.resolve("infra").resolve("pom.xml"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(rootPom);
        Set<String> applications = new LinkedHashSet<>();
        while (modules.find()) {
            Path pom = root.resolve(modules.group(1)).resolve("pom.xml");
            if (Files.readString(pom).contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
                applications.add(modules.group(1));
            }
        }

        assertThat(ServiceModule.ALL.stream().map(ServiceModule::module)).containsExactlyInAnyOrderElementsOf(
                applications);
        // "-pl infra -am" builds a service's jar only if infra depends on it
        for (String application : applications) {
            assertThat(infraPom).contains("<artifactId>" + application + "</artifactId>");
        }
        assertThat(rootPom.lastIndexOf("<module>")).isEqualTo(rootPom.indexOf("<module>infra</module>"));
    }

    /** The environment variables {@code ${NAME}} or {@code ${NAME:default}} in the service's application.yml. */
    private static Map<String, String> placeholders(ServiceModule service) throws IOException {
        Path yml = Checkout.root().resolve(service.module()).resolve("src/main/resources/application.yml");
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(yml));
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
        }
        return variables;
    }
}
