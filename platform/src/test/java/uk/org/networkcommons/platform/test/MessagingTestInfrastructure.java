package uk.org.networkcommons.platform.test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's Spring context at a real Kafka broker and a MongoDB started once per test JVM, by setting
 * {@code spring.kafka.bootstrap-servers} and {@code spring.mongodb.uri}. Use it as
 * {@code @ContextConfiguration(initializers = MessagingTestInfrastructure.class)} next to {@code @SpringBootTest},
 * the same way in every test class, so that Spring's context cache gives every class the same context too: CI has
 * two cores, and one broker, one Mongo and one context per JVM is what keeps the build fast.
 *
 * <p>By default the broker is Kafka's own KRaft broker in this JVM and Mongo is mongo-java-server in memory (no
 * multi-document transactions, no TTL). With {@code -Dnetworkcommons.test.containers=true} and a Docker engine, they
 * are Testcontainers' MongoDB (a replica set) and Kafka instead; without Docker that switch is ignored with a warning.
 */
public class MessagingTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The system property that asks for Testcontainers. */
    public static final String CONTAINERS_PROPERTY = "networkcommons.test.containers";
    /** The database the shared Mongo URI names. */
    public static final String DATABASE = "network-commons-test";

    private static final Logger log = LoggerFactory.getLogger(MessagingTestInfrastructure.class);
    private static Endpoints endpoints;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Endpoints shared = endpoints();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + shared.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + shared.mongoUri())
                .applyTo(context);
    }

    /** The broker's {@code host:port} list, starting the shared infrastructure if this is the first use. */
    public static String kafkaBootstrapServers() {
        return endpoints().kafkaBootstrapServers();
    }

    /** A connection string to the shared Mongo naming {@link #DATABASE}. */
    public static String mongoUri() {
        return endpoints().mongoUri();
    }

    /** Whether the shared infrastructure runs in Docker (only with the system property and a Docker engine). */
    public static boolean usesContainers() {
        return endpoints().containers();
    }

    private static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = start();
            Endpoints started = endpoints;
            Runtime.getRuntime().addShutdownHook(new Thread(started.stop(), "test-infrastructure-stop"));
        }
        return endpoints;
    }

    private static Endpoints start() {
        if (Boolean.getBoolean(CONTAINERS_PROPERTY)) {
            // loaded only here, so services that never ask for containers need no Testcontainers on their classpath
            if (ContainerInfrastructure.dockerAvailable()) {
                return ContainerInfrastructure.start(DATABASE);
            }
            log.warn("-D{}=true but no Docker engine is available: using the in-JVM broker and Mongo instead",
                    CONTAINERS_PROPERTY);
        }
        return InJvmInfrastructure.start(DATABASE);
    }

    /** Where the shared servers listen, and how to stop them when the JVM ends. */
    record Endpoints(String kafkaBootstrapServers, String mongoUri, boolean containers, Runnable stop) {
    }
}
