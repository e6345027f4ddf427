package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationUpdated;
import uk.org.networkcommons.platform.messaging.testapp.OrganisationDirectory;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.TopicRecords;

/** A {@code @KafkaListener} projecting with {@link VersionedProjections#applyIfNewer} sees at-least-once delivery as exactly once. */
@MessagingIntegrationTest
class IdempotentProjectionTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CloudEventEnvelope envelope;

    @Autowired
    AggregateStore store;

    @Autowired
    Clock clock;

    private final TopicRecords topics = TopicRecords.onSharedBroker();
    private final String organisation = "idempotent-" + UUID.randomUUID();

    @Test
    void theSameRecordDeliveredTwiceIsAppliedOnce() {
        ProducerRecord<String, byte[]> renamed = renamed(1, "Once Only");

        topics.send(renamed, renamed);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(directory.received(organisation)).hasSize(2));
        Document entry = directory.entry(organisation);
        assertThat(entry.get("name")).isEqualTo("Once Only");
        assertThat(entry.get("timesApplied")).isEqualTo(1);
        assertThat(entry.get(VersionedProjections.APPLIED_VERSION)).isEqualTo(1L);
    }

    @Test
    void aNewerVersionIsAppliedAndALateOlderOneIsIgnored() {
        topics.send(renamed(1, "First"), renamed(3, "Third"), renamed(2, "Second, Late"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(directory.received(organisation)).hasSize(3));
        Document entry = directory.entry(organisation);
        assertThat(entry.get("name")).isEqualTo("Third");
        assertThat(entry.get("timesApplied")).isEqualTo(2);
        assertThat(entry.get(VersionedProjections.APPLIED_VERSION)).isEqualTo(3L);
    }

    @Test
    void anEventSavedThroughTheOutboxIsProjectedByTheListener() {
        TestOrganisation saved = store.save(TestOrganisation.register(organisation, "Registered", "873", clock));
        saved.rename("Renamed", clock);
        store.save(saved);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.entry(organisation))
                .isNotNull().extracting(entry -> entry.get(VersionedProjections.APPLIED_VERSION)).isEqualTo(2L));
        assertThat(directory.entry(organisation).get("name")).isEqualTo("Renamed");
        assertThat(directory.received(organisation).getFirst())
                .satisfies(event -> {
                    assertThat(event.source()).isEqualTo("/platform-messaging-test");
                    assertThat(event.laCode().value()).isEqualTo("873");
                    assertThat(event.networkId()).isNull();
                    assertThat(event.time()).isNotNull();
                });
    }

    private ProducerRecord<String, byte[]> renamed(long version, String name) {
        OrganisationUpdated event = new OrganisationUpdated(OrganisationId.of(organisation),
                new OrganisationProfile(name, OrganisationKind.PARTNER_AGENCY, null, null, null, null), UserId.of("tester"));
        return envelope.toRecord(new OutboxEntry(UUID.randomUUID().toString(),
                EventCatalogue.typeOf(OrganisationUpdated.class), Topics.ORGANISATIONS, organisation, version,
                Instant.now(), null, null, EventJson.write(event)));
    }
}
