package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.TopicRecords;

/** Several service instances relay at once: the lease keeps each aggregate's events in order and sends each once. */
class TwoRelaysTest {

    private static final int AGGREGATES = 20;
    private static final int EVENTS_EACH = 5;

    @Test
    void twoRelaysAtOnceDeliverEveryEventOnceAndEachAggregatesEventsInOrder() throws Exception {
        String broker = MessagingTestInfrastructure.kafkaBootstrapServers();
        MongoTemplate mongo = RelayFixtures.separateDatabase("two-relays");
        OutboxProperties properties = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(50));
        List<String> ids = IntStream.range(0, AGGREGATES).mapToObj(i -> "two-relays-" + UUID.randomUUID()).toList();

        try (OutboxRelay first = RelayFixtures.relay(mongo, broker, "first-instance", properties);
                OutboxRelay second = RelayFixtures.relay(mongo, broker, "second-instance", properties)) {
            // both hear every save, so both race for every aggregate as soon as it has something to send
            AggregateStore store = new AggregateStore(mongo, event -> {
                first.onOutboxWritten((AggregateStore.OutboxWritten) event);
                second.onOutboxWritten((AggregateStore.OutboxWritten) event);
            });
            first.start();
            second.start();

            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Void>> burst = ids.stream().<Callable<Void>>map(id -> () -> {
                    RelayFixtures.saveWithEvents(store, id, EVENTS_EACH);
                    return null;
                }).toList();
                for (Future<Void> written : writers.invokeAll(burst)) {
                    written.get();
                }
            } finally {
                writers.shutdown();
            }

            TopicRecords topic = new TopicRecords(broker);
            Map<String, List<Long>> delivered = await().atMost(Duration.ofSeconds(30))
                    .until(() -> RelayFixtures.versionsByKey(topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(ids))),
                            versions -> versions.values().stream().mapToInt(List::size).sum() >= AGGREGATES * EVENTS_EACH);

            List<Long> inOrder = LongStream.rangeClosed(1, EVENTS_EACH).boxed().toList();
            assertThat(delivered).hasSize(AGGREGATES).allSatisfy((id, versions) -> assertThat(versions)
                    .as("events of %s", id).isEqualTo(inOrder));
            assertThat(first.relayedEvents() + second.relayedEvents()).as("each event sent exactly once")
                    .isEqualTo(AGGREGATES * EVENTS_EACH);
            assertThat(RelayFixtures.pendingEntries(mongo)).isZero();
        }
    }
}
