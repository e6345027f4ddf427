package uk.org.networkcommons.platform.test.reliability;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * network-service's write side as seen from another service's test JVM: a command changes a {@link StandInNetwork}
 * and saves it with its event in one write ({@link AggregateStore}), and a real {@link OutboxRelay}, woken by that
 * save exactly as in network-service, publishes it to the shared broker under network-service's CloudEvents source.
 * So a measurement from "the command" to an effect in the service under test includes the outbox and the relay, not
 * only Kafka and the consumer. What it leaves out is network-service's HTTP handling and its policy check.
 */
public final class NetworkServiceStandIn implements AutoCloseable {

    private final Clock clock = Clock.systemUTC();
    private final OutboxRelay relay;
    private final AggregateStore store;

    private NetworkServiceStandIn(MongoTemplate mongo, String bootstrapServers) {
        OutboxProperties properties = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(200));
        relay = new OutboxRelay(mongo,
                OutboxRelay.producerFactory(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                        properties),
                CloudEventEnvelope.forApplication("network-service"), properties,
                OutboxRelay.newOwner("network-service-stand-in"), clock);
        store = new AggregateStore(mongo, event -> relay.onOutboxWritten((AggregateStore.OutboxWritten) event));
        relay.start();
    }

    /** Keeps its networks in a scratch database and relays to the shared test broker. */
    public static NetworkServiceStandIn onSharedBroker() {
        return new NetworkServiceStandIn(ScratchDatabases.create("network-service-stand-in"),
                MessagingTestInfrastructure.kafkaBootstrapServers());
    }

    public StandInNetwork form(String laCode) {
        return store.save(StandInNetwork.form(laCode, clock));
    }

    public void join(StandInNetwork network, String organisationId) {
        network.join(organisationId, clock);
        store.save(network);
    }

    /** The member-left command: the organisation's staff must lose the network wherever it is projected. */
    public void leave(StandInNetwork network, String organisationId) {
        network.leave(organisationId, clock);
        store.save(network);
    }

    public void appointCoordinator(StandInNetwork network, String userId) {
        network.appointCoordinator(userId, clock);
        store.save(network);
    }

    @Override
    public void close() {
        relay.close();
    }
}
