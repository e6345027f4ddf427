package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.test.TopicRecords;

@MessagingIntegrationTest
class RelayedCloudEventTest {

    @Autowired
    AggregateStore store;

    @Autowired
    Clock clock;

    private final TopicRecords topic = TopicRecords.onSharedBroker();

    @Test
    void aSavedEventReachesAPlainKafkaConsumerAsABinaryCloudEventWithItsJsonBody() {
        String id = "envelope-" + UUID.randomUUID();
        Instant before = Instant.now();
        store.save(TestOrganisation.register(id, "Riverside Youth Trust", "873", clock));

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(List.of(id))), found -> found.size() == 1);

        ConsumerRecord<String, byte[]> record = records.getFirst();
        assertThat(record.key()).isEqualTo(id);
        assertThat(TopicRecords.header(record, "ce_id")).isNotBlank();
        assertThat(TopicRecords.header(record, "ce_type")).isEqualTo(EventCatalogue.typeOf(OrganisationRegistered.class));
        assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/platform-messaging-test");
        assertThat(TopicRecords.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicRecords.header(record, "content-type")).isEqualTo("application/json");
        assertThat(TopicRecords.header(record, "ce_aggregateversion")).isEqualTo("1");
        assertThat(TopicRecords.header(record, "ce_lacode")).isEqualTo("873");
        assertThat(record.headers().lastHeader("ce_networkid")).as("absent scope is an absent header").isNull();
        assertThat(Instant.parse(TopicRecords.header(record, "ce_time")))
                .isBetween(before.minusSeconds(1), Instant.now());
        OrganisationRegistered body = EventJson.read(record.value(), OrganisationRegistered.class);
        assertThat(body.organisationId().value()).isEqualTo(id);
        assertThat(body.profile().name()).isEqualTo("Riverside Youth Trust");
    }

    @Test
    void theEventsOfOneAggregateArriveInTheOrderTheyWereRaised() {
        String id = "ordered-" + UUID.randomUUID();
        TestOrganisation organisation = store.save(TestOrganisation.register(id, "Name 0", "873", clock));
        for (int i = 1; i <= 5; i++) {
            organisation.rename("Name " + i, clock);
            organisation = store.save(organisation);
        }
        organisation.rename("Name 6", clock);
        organisation.rename("Name 7", clock);
        store.save(organisation);

        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> topic.read(Topics.ORGANISATIONS, TopicRecords.keyIn(List.of(id))), found -> found.size() >= 8);

        assertThat(records).extracting(record -> TopicRecords.header(record, "ce_aggregateversion"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(records.subList(1, 8)).extracting(record -> TopicRecords.header(record, "ce_type"))
                .containsOnly(EventCatalogue.typeOf(OrganisationUpdated.class));
        assertThat(records).extracting(record -> EventJson.read(record.value(), OrganisationUpdated.class).profile().name())
                .containsExactly("Name 0", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Name 7");
    }
}
