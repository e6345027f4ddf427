package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.messaging.testapp.OrganisationDirectory;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.TopicRecords;

/** A relay that dies after the broker acknowledged but before the outbox was cleared: duplicates, never a double apply. */
@MessagingIntegrationTest
class RelayCrashTest {

    private static final int AGGREGATES = 5;
    private static final int EVENTS_EACH = 3;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void eventsSentButNotRemovedBeforeACrashAreSentAgainAndTheProjectionAppliesEachOnce() {
        String broker = MessagingTestInfrastructure.kafkaBootstrapServers();
        MongoTemplate mongo = RelayFixtures.separateDatabase("relay-crash");
        AggregateStore store = new AggregateStore(mongo, event -> { });
        List<String> ids = IntStream.range(0, AGGREGATES).mapToObj(i -> "crash-" + UUID.randomUUID()).toList();
        ids.forEach(id -> RelayFixtures.saveWithEvents(store, id, EVENTS_EACH));

        // short lease, so that the healthy relay need not wait long for the crashed one's leases to run out
        OutboxProperties crashing = OutboxProperties.defaults()
                .withTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(3));
        Set<String> acknowledgedBeforeCrash = ConcurrentHashMap.newKeySet();
        try (OutboxRelay crashed = new OutboxRelay(mongo, RelayFixtures.producers(broker, crashing),
                CloudEventEnvelope.forApplication("relay-test"), crashing, "crashed-instance", Clock.systemUTC()) {
            @Override
            protected void removeRelayed(String collection, Object aggregateId, List<String> eventIds) {
                acknowledgedBeforeCrash.addAll(eventIds);
                throw new IllegalStateException("process killed after the broker acknowledged " + eventIds);
            }
        }) {
            crashed.relayPending();
        }
        assertThat(acknowledgedBeforeCrash).as("the crashed relay got events onto the broker").isNotEmpty();
        assertThat(RelayFixtures.pendingEntries(mongo)).as("none removed").isEqualTo(AGGREGATES * EVENTS_EACH);

        try (OutboxRelay healthy = RelayFixtures.relay(mongo, broker, "healthy-instance",
                OutboxProperties.defaults().withPollInterval(Duration.ofMillis(100)))) {
            healthy.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> RelayFixtures.pendingEntries(mongo) == 0);
        }

        TopicRecords topic = new TopicRecords(broker);
        List<ConsumerRecord<String, byte[]>> delivered = topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(ids));
        Map<String, Long> deliveriesById = delivered.stream().collect(Collectors.groupingBy(
                record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8),
                Collectors.counting()));
        assertThat(deliveriesById).hasSize(AGGREGATES * EVENTS_EACH).allSatisfy((eventId, deliveries) -> assertThat(
                deliveries).as("deliveries of %s", eventId).isEqualTo(acknowledgedBeforeCrash.contains(eventId) ? 2 : 1));

        Map<String, Long> recordsPerAggregate = delivered.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids).allSatisfy(id ->
                assertThat((long) directory.received(id).size()).isEqualTo(recordsPerAggregate.get(id))));
        assertThat(ids).allSatisfy(id -> {
            Document entry = directory.entry(id);
            assertThat(entry.get("timesApplied")).as("applications for %s", id).isEqualTo(EVENTS_EACH);
            assertThat(entry.get(VersionedProjections.APPLIED_VERSION)).isEqualTo((long) EVENTS_EACH);
            assertThat(entry.get("name")).isEqualTo("Name " + EVENTS_EACH);
        });
        assertThat(mongo.findAll(Document.class, TestOrganisation.COLLECTION))
                .allSatisfy(aggregate -> assertThat(aggregate).doesNotContainKey(OutboxRelay.LEASE));
    }
}
