package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.serializer.DeserializationException;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.platform.messaging.testapp.OrganisationDirectory;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.TopicRecords;

/** Records that cannot be handled go to the topic's dead letters with the reason, and do not hold up their partition. */
@MessagingIntegrationTest
class DeadLetterTest {

    private static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.ORGANISATIONS);

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CloudEventEnvelope envelope;

    private final TopicRecords topics = TopicRecords.onSharedBroker();
    private final String organisation = "dead-letter-" + UUID.randomUUID();

    @Test
    void undecodableBytesAreDeadLetteredAtOnceAndTheRecordAfterThemIsStillProcessed() {
        ProducerRecord<String, byte[]> poison = record(1, "Unreadable");
        ProducerRecord<String, byte[]> garbled = new ProducerRecord<>(poison.topic(), null, poison.key(),
                "{\"organisationId\": \"not even closed".getBytes(StandardCharsets.UTF_8), poison.headers());

        topics.send(garbled, record(2, "Readable After Garbage"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetterAndProjectedName("Readable After Garbage");
        assertThat(deadLetter.value()).as("the original bytes, for inspection").isEqualTo(garbled.value());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(DeserializationException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-stacktrace"))
                .contains(EventDecodingException.class.getName() + ": Body of " + EventCatalogue.typeOf(
                        OrganisationRegistered.class) + " does not decode");
        assertThat(directory.received(organisation)).as("never handed to the listener, so never retried")
                .extracting(ReceivedEvent::aggregateVersion).containsExactly(2L);
    }

    @Test
    void anEventTypeNotInTheCatalogueIsDeadLetteredAtOnceAndTheRecordAfterItIsStillProcessed() {
        ProducerRecord<String, byte[]> unknown = record(1, "From The Future");
        unknown.headers().remove("ce_type");
        unknown.headers().add("ce_type",
                "uk.org.networkcommons.organisation.organisation-merged.v1".getBytes(StandardCharsets.UTF_8));

        topics.send(unknown, record(2, "Known Type After Unknown"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetterAndProjectedName("Known Type After Unknown");
        assertThat(TopicRecords.header(deadLetter, "ce_type")).endsWith("organisation-merged.v1");
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(DeserializationException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-stacktrace")).contains(
                EventDecodingException.class.getName()
                        + ": Unknown event type uk.org.networkcommons.organisation.organisation-merged.v1");
        assertThat(directory.received(organisation)).extracting(ReceivedEvent::aggregateVersion).containsExactly(2L);
    }

    @Test
    void anEventWhoseListenerKeepsThrowingIsRetriedThenDeadLetteredAndTheRecordAfterItIsStillProcessed() {
        String refusedName = OrganisationDirectory.REFUSED_NAME_PREFIX + " Organisation";

        topics.send(record(1, refusedName), record(2, "Accepted After Refused"));

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetterAndProjectedName("Accepted After Refused");
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-message"))
                .contains("Refusing organisation " + organisation + " named " + refusedName);
        assertThat(TopicRecords.header(deadLetter, "ce_aggregateversion")).as("the original CloudEvent headers")
                .isEqualTo("1");
        assertThat(EventJson.read(deadLetter.value(), OrganisationRegistered.class).profile().name())
                .isEqualTo(refusedName);
        assertThat(directory.received(organisation)).as("first delivery, two retries, then the next record")
                .extracting(ReceivedEvent::aggregateVersion).containsExactly(1L, 1L, 1L, 2L);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetterAndProjectedName(String name) {
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
                .until(() -> topics.read(DEAD_LETTERS, TopicRecords.keyIn(List.of(organisation))),
                        found -> !found.isEmpty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(directory.entry(organisation))
                .isNotNull().extracting(entry -> entry.get("name")).isEqualTo(name));
        Document entry = directory.entry(organisation);
        assertThat(entry.get(VersionedProjections.APPLIED_VERSION)).isEqualTo(2L);
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.getFirst();
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.ORGANISATIONS);
        return deadLetter;
    }

    /** A well-formed CloudEvent of this test's organisation, as the relay would publish it. */
    private ProducerRecord<String, byte[]> record(long version, String name) {
        OrganisationRegistered event = new OrganisationRegistered(OrganisationId.of(organisation),
                new OrganisationProfile(name, OrganisationKind.PARTNER_AGENCY, null, null, null, null), UserId.of("tester"));
        return envelope.toRecord(new OutboxEntry(UUID.randomUUID().toString(),
                EventCatalogue.typeOf(OrganisationRegistered.class), Topics.ORGANISATIONS, organisation, version,
                Instant.now(), null, null, EventJson.write(event)));
    }
}
