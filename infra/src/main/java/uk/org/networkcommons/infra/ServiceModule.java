package uk.org.networkcommons.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform service the launcher runs from its Spring Boot jar, and the environment that points it at the parts the
 * launcher started. The variables are exactly the ones the services' {@code application.yml} read (a test holds them to
 * that), so a service runs here with the same configuration it has anywhere else.
 *
 * @param module      the Maven module, which is also the service's name and its MongoDB database
 * @param defaultPort the port its {@code application.yml} defaults {@code PORT} to
 */
public record ServiceModule(String module, int defaultPort) {

    /** Every service, in the order they start. Add a module here (and to infra/pom.xml) to have it launched. */
    public static final List<ServiceModule> ALL = List.of(
            new ServiceModule("network-service", 8081),
            new ServiceModule("cameo-service", 8082),
            new ServiceModule("action-tracker", 8083));

    /** The audience the services demand in access tokens; Keycloak's audience mapper adds it. */
    public static final String API_AUDIENCE = "network-commons-api";

    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String OIDC_ISSUER_URI = "OIDC_ISSUER_URI";
    public static final String OIDC_JWK_SET_URI = "OIDC_JWK_SET_URI";
    public static final String OIDC_AUDIENCE = "OIDC_AUDIENCE";
    public static final String PORT = "PORT";

    /**
     * @param mongoUri       this service's own database
     * @param kafkaBootstrap host:port of the broker
     * @param issuer         the realm URL, which is also the {@code iss} of its tokens
     * @param port           the HTTP port this service listens on
     */
    public Map<String, String> environment(String mongoUri, String kafkaBootstrap, String issuer, int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(MONGODB_URI, mongoUri);
        environment.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrap);
        environment.put(OIDC_ISSUER_URI, issuer);
        // given explicitly so a service fetches keys on its first request instead of discovering them at start-up
        environment.put(OIDC_JWK_SET_URI, issuer + "/protocol/openid-connect/certs");
        environment.put(OIDC_AUDIENCE, API_AUDIENCE);
        environment.put(PORT, Integer.toString(port));
        return environment;
    }
}
