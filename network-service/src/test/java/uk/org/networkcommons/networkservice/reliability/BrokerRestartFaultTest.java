package uk.org.networkcommons.networkservice.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.networkservice.leadership.Leadership;
import uk.org.networkcommons.networkservice.membership.MembershipService;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.VersionedProjections;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.RestartableKafkaBroker;
import uk.org.networkcommons.platform.test.TopicRecords;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;
import uk.org.networkcommons.platform.test.reliability.AccessProjectionConsumer;
import uk.org.networkcommons.platform.test.reliability.CpuTime;
import uk.org.networkcommons.platform.test.reliability.Deliveries;
import uk.org.networkcommons.platform.test.reliability.Figures;
import uk.org.networkcommons.platform.test.reliability.NetworkAccessReplay;
import uk.org.networkcommons.platform.test.reliability.ScratchDatabases;

/**
 * Kafka restarts in the middle of a stream of ten thousand commands over two hundred networks. Commands keep being
 * acknowledged while it is down (they only write Mongo), and once it is back every acknowledged command's event is on
 * the topic, each network's in order, and a consumer that lived through the restart holds the same projection as a
 * fresh replay of the topic, which is also what the networks themselves say.
 *
 * <p>The shared broker of the test JVM cannot be restarted without breaking every other test class's context, so this
 * class brings a {@link RestartableKafkaBroker} of its own and keeps the one Spring context: the commands go through
 * the context's real application services and Mongo, the context's relay is paused for the duration, and a relay and a
 * consumer built by hand from the platform's own classes publish to and read from the restartable broker.
 */
@ServiceIntegrationTest
class BrokerRestartFaultTest {

    static final String LA = "874";
    static final int NETWORKS = 200;
    static final int COMMANDS = 10_000;
    static final int WORKERS = 4;
    static final int ORGANISATIONS = 12;

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay contextRelay;
    @Autowired
    CloudEventEnvelope envelope;
    @Autowired
    Networks networks;
    @Autowired
    MembershipService membership;
    @Autowired
    Leadership leadership;

    RestartableKafkaBroker broker;

    @BeforeEach
    void ownBroker() {
        broker = RestartableKafkaBroker.start();
        broker.createTopics(3, Topics.NETWORKS, Topics.ORGANISATIONS);
    }

    @AfterEach
    void removeBroker() {
        contextRelay.start();
        broker.close();
    }

    @Test
    void everyAcknowledgedCommandIsDeliveredInOrderAndTheProjectionEqualsAFreshReplay() throws Exception {
        Api api = new Api(mvc, Tokens.testIssuer());
        List<String> organisations = IntStream.range(0, ORGANISATIONS)
                .mapToObj(i -> api.registerSchool(LA, "Fault stream school " + i)).toList();
        CommandStream stream = new CommandStream(networks, membership, leadership, LA, organisations,
                NETWORKS);
        // sends give up after 2 s so that the outage is noticed quickly; leases comfortably outlast a send
        OutboxProperties properties = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(50))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));

        contextRelay.stop();
        long started = System.nanoTime();
        Duration cpuAtStart = CpuTime.ofThisProcess();
        try (OutboxRelay relay = new OutboxRelay(mongo, OutboxRelay.producerFactory(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), properties),
                envelope, properties, OutboxRelay.newOwner("network-service-fault-test"), Clock.systemUTC());
                AccessProjectionConsumer consumer = AccessProjectionConsumer.start(broker.bootstrapServers(),
                        "broker-restart-projection", ScratchDatabases.create("broker-restart-projection"), 3)) {
            relay.start();
            CompletableFuture<Void> commands = CompletableFuture.runAsync(() -> {
                try {
                    stream.run(COMMANDS, WORKERS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            await().atMost(Duration.ofSeconds(60)).until(() -> stream.acknowledged() >= COMMANDS * 3 / 10);
            int acknowledgedBeforeOutage = stream.acknowledged();
            long outageStarted = System.nanoTime();
            broker.stop();
            long failuresBefore = relay.failedAttempts();
            // the broker stays down until the relay has noticed and commands have gone on being acknowledged
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.failedAttempts() > failuresBefore
                    && stream.acknowledged() >= acknowledgedBeforeOutage + COMMANDS / 5 || commands.isDone());
            int acknowledgedDuringOutage = stream.acknowledged() - acknowledgedBeforeOutage;
            broker.startAgain();
            Duration outage = Duration.ofNanos(System.nanoTime() - outageStarted);

            commands.get();
            long commandsDone = System.nanoTime();
            Map<String, Long> lastVersions = stream.lastVersions();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> OutboxBacklog.of(mongo, lastVersions.keySet()) == 0);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> caughtUp(consumer, lastVersions));
            Duration drained = Duration.ofNanos(System.nanoTime() - commandsDone);

            assertThat(stream.acknowledged()).isEqualTo(COMMANDS);
            assertThat(lastVersions).hasSize(NETWORKS);
            assertThat(acknowledgedDuringOutage).as("commands acknowledged while the broker was down").isPositive();
            assertThat(relay.failedAttempts()).as("the relay met the outage").isGreaterThan(failuresBefore);

            Deliveries deliveries = Deliveries.of(new TopicRecords(broker.bootstrapServers())
                    .read(Topics.NETWORKS, TopicRecords.keyIn(lastVersions.keySet())));
            assertThat(deliveries.firstDeliveriesByKey()).hasSize(NETWORKS);
            assertThat(lastVersions).allSatisfy((network, last) -> {
                assertThat(deliveries.firstDeliveriesByKey().get(network))
                        .as("each event of %s once its repeats are left out: none lost, none extra, in order", network)
                        .containsExactlyElementsOf(Deliveries.upTo(last));
                assertThat(deliveries.versionsByKey().get(network))
                        .as("no version of %s after a higher one, repeats included", network).isSorted();
            });

            Map<String, Document> projected = NetworkAccessReplay.snapshot(consumer.mongo(), lastVersions.keySet());
            assertThat(projected).as("the consumer that lived through the restart")
                    .isEqualTo(NetworkAccessReplay.replay(broker.bootstrapServers(), lastVersions.keySet()));
            assertThat(lastVersions.keySet()).allSatisfy(id -> assertThat(
                    consumer.projection().find(NetworkId.of(id))).as("projection of %s", id)
                    .contains(mongo.findById(id, Network.class).access()));
            assertThat(consumer.failures()).isZero();

            record(deliveries, acknowledgedBeforeOutage, acknowledgedDuringOutage, outage, drained,
                    Duration.ofNanos(System.nanoTime() - started), CpuTime.ofThisProcess().minus(cpuAtStart));
        }
    }

    private static boolean caughtUp(AccessProjectionConsumer consumer, Map<String, Long> lastVersions) {
        Map<String, Document> projected = NetworkAccessReplay.snapshot(consumer.mongo(), lastVersions.keySet());
        return lastVersions.entrySet().stream().allMatch(last -> projected.containsKey(last.getKey())
                && ((Number) projected.get(last.getKey()).get(VersionedProjections.APPLIED_VERSION)).longValue()
                == last.getValue());
    }

    private static void record(Deliveries deliveries, int beforeOutage, int duringOutage, Duration outage,
            Duration drained, Duration total, Duration cpu) {
        String figures = """
                broker restart mid-stream: %d commands over %d networks on %d workers
                acknowledged before the outage: %d, while the broker was down: %d
                broker down for %d ms (stop to started again)
                records on the topic: %d (events %d, repeats %d)
                from the last command to every event relayed and projected: %d ms
                whole test after setup: %d ms wall, %d ms CPU of this JVM (broker and Mongo stand-in included)
                """.formatted(COMMANDS, NETWORKS, WORKERS, beforeOutage, duringOutage, outage.toMillis(),
                deliveries.records(), deliveries.records() - deliveries.repeats(), deliveries.repeats(),
                drained.toMillis(), total.toMillis(), cpu.toMillis());
        Figures.record("broker-restart", figures);
    }
}
