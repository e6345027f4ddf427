package uk.org.networkcommons.networkservice.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.networkservice.leadership.Leadership;
import uk.org.networkcommons.networkservice.membership.MembershipService;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.CloudEventHeaders;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
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
 * network-service's relay is killed after the broker acknowledged events but before it removed them from the
 * networks' outboxes, while a consumer is reading. The service comes back, takes more commands, and a new relay sends
 * everything still in the outboxes: the killed relay's events a second time, then the new ones. Nothing is lost, the
 * only extra records are those second copies, and the consumer applies every event exactly once.
 *
 * <p>The context's own relay is paused for the duration, so that the killed relay and its successor (the platform's
 * {@link OutboxRelay}, built by hand on the context's Mongo and the shared broker) are the only ones at work.
 */
@ServiceIntegrationTest
class RelayCrashFaultTest {

    static final String LA = "875";
    static final int NETWORKS = 20;
    static final int EVENTS_BEFORE_CRASH = 3;
    static final int EVENTS_AFTER_CRASH = 2;
    /** The relay dies after it has cleared this many networks' outboxes: it got that far before the kill. */
    static final int CLEARED_BEFORE_KILL = 5;

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

    @AfterEach
    void resumeContextRelay() {
        contextRelay.start();
    }

    @Test
    void eventsSentButNotRemovedAreSentAgainAfterTheCrashAndTheConsumerAppliesEachOnce() throws Exception {
        Api api = new Api(mvc, Tokens.testIssuer());
        List<String> organisations = IntStream.range(0, 4)
                .mapToObj(i -> api.registerSchool(LA, "Relay crash school " + i)).toList();
        CommandStream stream = new CommandStream(networks, membership, leadership, LA, organisations, NETWORKS);
        String broker = MessagingTestInfrastructure.kafkaBootstrapServers();

        contextRelay.stop();
        long started = System.nanoTime();
        Duration cpuAtStart = CpuTime.ofThisProcess();
        try (AccessProjectionConsumer consumer = AccessProjectionConsumer.start(broker,
                "relay-crash-projection-" + NetworkId.random(), ScratchDatabases.create("relay-crash-projection"), 3)) {
            stream.run(NETWORKS * EVENTS_BEFORE_CRASH, 2);

            Set<String> clearedBeforeKill = ConcurrentHashMap.newKeySet();
            Set<String> sentButNotRemoved = ConcurrentHashMap.newKeySet();
            // one aggregate at a time and a short lease, so the kill lands at a known point and its leases soon lapse
            OutboxProperties doomed = new OutboxProperties(true, Duration.ofMillis(100), Duration.ofSeconds(6),
                    Duration.ofSeconds(3), 100, 1);
            AtomicInteger cleared = new AtomicInteger();
            String networksCollection = mongo.getCollectionName(Network.class);
            try (OutboxRelay killed = new OutboxRelay(mongo, producers(broker, doomed), envelope, doomed,
                    "killed-instance", Clock.systemUTC()) {
                @Override
                protected void removeRelayed(String collection, Object aggregateId, List<String> eventIds) {
                    // the organisations registered above may still be waiting too; they are not what is counted
                    if (!networksCollection.equals(collection) || cleared.incrementAndGet() <= CLEARED_BEFORE_KILL) {
                        super.removeRelayed(collection, aggregateId, eventIds);
                        if (networksCollection.equals(collection)) {
                            clearedBeforeKill.addAll(eventIds);
                        }
                        return;
                    }
                    sentButNotRemoved.addAll(eventIds);
                    throw new IllegalStateException("process killed after the broker acknowledged " + eventIds);
                }
            }) {
                killed.relayPending();
            }
            Map<String, Long> before = stream.lastVersions();
            assertThat(sentButNotRemoved).as("acknowledged by the broker, then the kill").isNotEmpty();
            assertThat(OutboxBacklog.of(mongo, before.keySet())).as("left in the outboxes: all but what was cleared")
                    .isEqualTo(NETWORKS * EVENTS_BEFORE_CRASH - clearedBeforeKill.size());

            // the service is back: more commands, then a new relay (the context's is still paused)
            stream.run(NETWORKS * EVENTS_AFTER_CRASH, 2);
            Map<String, Long> lastVersions = stream.lastVersions();
            OutboxProperties healthy = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(100));
            try (OutboxRelay successor = new OutboxRelay(mongo, producers(broker, healthy), envelope, healthy,
                    OutboxRelay.newOwner("network-service-successor"), Clock.systemUTC())) {
                successor.start();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> OutboxBacklog.of(mongo, lastVersions.keySet()) == 0);
            }

            List<ConsumerRecord<String, byte[]>> records = new TopicRecords(broker)
                    .read(Topics.NETWORKS, TopicRecords.keyIn(lastVersions.keySet()));
            Deliveries deliveries = Deliveries.of(records);
            assertThat(lastVersions).allSatisfy((network, last) -> assertThat(
                    deliveries.firstDeliveriesByKey().get(network)).as("first deliveries of %s", network)
                    .containsExactlyElementsOf(Deliveries.upTo(last)));
            Map<String, Long> copiesOnTopic = records.stream().collect(Collectors.groupingBy(
                    record -> TopicRecords.header(record, CloudEventHeaders.ID), Collectors.counting()));
            assertThat(copiesOnTopic).hasSize(NETWORKS * (EVENTS_BEFORE_CRASH + EVENTS_AFTER_CRASH))
                    .allSatisfy((event, copies) -> assertThat(copies).as("records of event %s", event)
                            .isEqualTo(sentButNotRemoved.contains(event) ? 2 : 1));
            assertThat(clearedBeforeKill).as("cleared before the kill, so never sent again").isNotEmpty()
                    .allSatisfy(event -> assertThat(copiesOnTopic.get(event)).isEqualTo(1));
            assertThat(deliveries.repeats()).isEqualTo(sentButNotRemoved.size());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                Map<String, Long> seen = consumer.deliveries();
                assertThat(copiesOnTopic).allSatisfy((event, copies) -> assertThat(seen.getOrDefault(event, 0L))
                        .as("deliveries of event %s to the consumer", event).isGreaterThanOrEqualTo(copies));
            });
            Map<String, Long> applications = consumer.applications();
            assertThat(copiesOnTopic.keySet()).allSatisfy(event -> assertThat(applications.get(event))
                    .as("applications of event %s", event).isEqualTo(1L));
            Map<String, Document> projected = NetworkAccessReplay.snapshot(consumer.mongo(), lastVersions.keySet());
            assertThat(projected).isEqualTo(NetworkAccessReplay.replay(broker, lastVersions.keySet()));
            assertThat(lastVersions.keySet()).allSatisfy(id -> assertThat(consumer.projection().find(NetworkId.of(id)))
                    .contains(mongo.findById(id, Network.class).access()));
            Figures.record("relay-crash", ("relay killed between send and removal: %d events over %d networks; "
                    + "%d cleared before the kill, %d acknowledged but not removed (so sent twice), %d records on the "
                    + "topic; every event applied once; %d ms wall, %d ms CPU of this JVM").formatted(
                    copiesOnTopic.size(), NETWORKS, clearedBeforeKill.size(), sentButNotRemoved.size(), records.size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    CpuTime.ofThisProcess().minus(cpuAtStart).toMillis()));
        }
    }

    private static DefaultKafkaProducerFactory<String, byte[]> producers(String broker, OutboxProperties properties) {
        return OutboxRelay.producerFactory(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker), properties);
    }
}
