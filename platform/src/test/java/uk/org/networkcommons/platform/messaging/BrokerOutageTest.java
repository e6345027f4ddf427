package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.RestartableKafkaBroker;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * Kafka goes away while the service keeps taking changes: saves still succeed, the events wait in the outboxes while
 * the relay keeps trying, and once the broker is back every event arrives, each aggregate's in order.
 */
class BrokerOutageTest {

    private static final int AGGREGATES = 10;
    private static final int EVENTS_EACH = 3;

    private static RestartableKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = RestartableKafkaBroker.start();
        broker.createTopics(3, Topics.ORGANISATIONS);
    }

    @AfterAll
    static void removeBroker() {
        broker.close();
    }

    @Test
    void changesMadeWhileTheBrokerIsDownAreAllDeliveredInOrderOnceItIsBack() {
        MongoTemplate mongo = RelayFixtures.separateDatabase("broker-outage");
        // short sends so that the outage is noticed, and the broker's return picked up, within a few seconds
        OutboxProperties properties = OutboxProperties.defaults().withPollInterval(Duration.ofMillis(200))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
        TopicRecords topic = new TopicRecords(broker.bootstrapServers());

        try (OutboxRelay relay = RelayFixtures.relay(mongo, broker.bootstrapServers(), "outage-instance", properties)) {
            AggregateStore store = new AggregateStore(mongo,
                    event -> relay.onOutboxWritten((AggregateStore.OutboxWritten) event));
            relay.start();
            String before = "before-outage-" + UUID.randomUUID();
            RelayFixtures.saveWithEvents(store, before, 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(List.of(before))).size() == 1);

            broker.stop();
            List<String> ids = IntStream.range(0, AGGREGATES).mapToObj(i -> "outage-" + UUID.randomUUID()).toList();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ids.forEach(
                    id -> RelayFixtures.saveWithEvents(store, id, EVENTS_EACH)), "saves must not wait for Kafka");
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.failedAttempts() > 0);
            assertThat(RelayFixtures.pendingEntries(mongo)).as("every event waits in its outbox")
                    .isEqualTo(AGGREGATES * EVENTS_EACH);

            broker.startAgain();

            await().atMost(Duration.ofSeconds(60)).until(() -> RelayFixtures.pendingEntries(mongo) == 0);
            Map<String, List<Long>> delivered = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> RelayFixtures.versionsByKey(topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(ids))),
                            versions -> versions.size() == AGGREGATES);
            assertThat(delivered).allSatisfy((id, versions) -> assertThat(versions.stream().distinct().toList())
                    .as("first deliveries of %s (a send cut off by the outage may be repeated)", id)
                    .containsExactly(1L, 2L, 3L));
            assertThat(delivered).allSatisfy((id, versions) -> assertThat(versions)
                    .as("no event of %s reaches the topic before the one before it", id)
                    .isSorted());
        }
    }
}
