package uk.org.networkcommons.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A KRaft broker in this JVM and mongo-java-server in memory, each on a free port of 127.0.0.1. */
final class InJvmInfrastructure {

    private InJvmInfrastructure() {
    }

    /** The servers start before Spring Boot applies {@code logging.level.*}, and at INFO they log a thousand lines. */
    static void quietServerLogs() {
        LoggingSystem logging = LoggingSystem.get(InJvmInfrastructure.class.getClassLoader());
        for (String noisy : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel"}) {
            logging.setLogLevel(noisy, LogLevel.WARN);
        }
    }

    static MessagingTestInfrastructure.Endpoints start(String database) {
        quietServerLogs();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                // consumer groups form at once instead of after the production default of 3 s
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true",
                "num.partitions", "3"));
        kafka.afterPropertiesSet();

        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        String mongoUri = "mongodb://127.0.0.1:" + address.getPort() + "/" + database;

        return new MessagingTestInfrastructure.Endpoints(kafka.getBrokersAsString(), mongoUri, false, () -> {
            mongo.shutdownNow();
            kafka.destroy();
        });
    }
}
