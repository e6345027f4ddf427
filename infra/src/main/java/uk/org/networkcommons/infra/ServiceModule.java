package uk.org.networkcommons.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A platform application the launcher runs from its Spring Boot jar, and the environment that points it at the parts
 * the launcher started. The variables are exactly the ones the application's {@code application.yml} reads (a test
 * holds them to that), so it runs here with the same configuration it has anywhere else (compose, Kubernetes).
 *
 * @param module      the Maven module, which is also the application's name and its MongoDB database
 * @param defaultPort the port its {@code application.yml} defaults {@code PORT} to
 * @param gateway     the single entrance: it signs browsers in through the portal client and routes to the services
 */
public record ServiceModule(String module, int defaultPort, boolean gateway) {

    public static final ServiceModule NETWORK_SERVICE = new ServiceModule("network-service", 8081, false);
    public static final ServiceModule CAMEO_SERVICE = new ServiceModule("cameo-service", 8082, false);
    public static final ServiceModule ACTION_TRACKER = new ServiceModule("action-tracker", 8083, false);
    public static final ServiceModule GATEWAY = new ServiceModule("gateway", 8080, true);

    /**
     * Every application, in the order they start; the gateway last, so it is stopped first. Add a module here (and to
     * infra/pom.xml) to have it launched.
     */
    public static final List<ServiceModule> ALL = List.of(NETWORK_SERVICE, CAMEO_SERVICE, ACTION_TRACKER, GATEWAY);

    /** The audience the services demand in access tokens; Keycloak's audience mapper adds it. */
    public static final String API_AUDIENCE = "network-commons-api";
    /** The Keycloak client the gateway signs browsers in with; its secret is read from the realm file. */
    public static final String PORTAL_CLIENT = "network-commons-portal";

    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String OIDC_ISSUER_URI = "OIDC_ISSUER_URI";
    public static final String OIDC_JWK_SET_URI = "OIDC_JWK_SET_URI";
    public static final String OIDC_AUDIENCE = "OIDC_AUDIENCE";
    public static final String OIDC_CLIENT_ID = "OIDC_CLIENT_ID";
    public static final String OIDC_CLIENT_SECRET = "OIDC_CLIENT_SECRET";
    public static final String PORT = "PORT";

    /**
     * What every application is pointed at.
     *
     * @param kafkaBootstrap     host:port of the broker
     * @param issuer             the realm URL, which is also the {@code iss} of its tokens
     * @param portalClientSecret the portal client's secret in the realm, for the gateway
     * @param serviceUris        base URL of each service by module, for the gateway's routes
     */
    public record Wiring(String kafkaBootstrap, String issuer, String portalClientSecret,
                         Map<String, String> serviceUris) {

        public Wiring {
            serviceUris = Map.copyOf(serviceUris);
        }
    }

    /** The variable the gateway reads a service's base URL from, e.g. {@code NETWORK_SERVICE_URI}. */
    public String uriVariable() {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_URI";
    }

    /**
     * @param wiring   the parts and services every application is pointed at
     * @param mongoUri this application's own database
     * @param port     the HTTP port it listens on
     */
    public Map<String, String> environment(Wiring wiring, String mongoUri, int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(MONGODB_URI, mongoUri);
        environment.put(KAFKA_BOOTSTRAP_SERVERS, wiring.kafkaBootstrap());
        environment.put(OIDC_ISSUER_URI, wiring.issuer());
        // given explicitly so an application fetches keys on its first request instead of discovering them at start-up
        environment.put(OIDC_JWK_SET_URI, wiring.issuer() + "/protocol/openid-connect/certs");
        environment.put(OIDC_AUDIENCE, API_AUDIENCE);
        if (gateway) {
            environment.put(OIDC_CLIENT_ID, PORTAL_CLIENT);
            environment.put(OIDC_CLIENT_SECRET, wiring.portalClientSecret());
            for (ServiceModule service : ALL) {
                if (!service.gateway()) {
                    environment.put(service.uriVariable(), wiring.serviceUris().get(service.module()));
                }
            }
        }
        environment.put(PORT, Integer.toString(port));
        return environment;
    }
}
