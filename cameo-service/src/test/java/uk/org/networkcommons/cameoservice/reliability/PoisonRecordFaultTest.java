package uk.org.networkcommons.cameoservice.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.CloudEventHeaders;
import uk.org.networkcommons.platform.messaging.EventDecodingException;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.TopicRecords;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;
import uk.org.networkcommons.platform.test.reliability.Figures;

/**
 * Records on the networks topic that cameo-service cannot use: bytes that are not an event, an event type it does not
 * know, and an event that decodes but makes its handler throw. Each ends up on {@code networks.DLT} with the reason in
 * its headers, and the next event of the same network (same partition, right behind it) is still applied: a poison
 * record holds up nothing but itself (the throwing one for its retries' back-off).
 */
@ServiceIntegrationTest
class PoisonRecordFaultTest {

    static final String LA = "877";
    static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.NETWORKS);
    static final CloudEventEnvelope NETWORK_SERVICE = CloudEventEnvelope.forApplication("network-service");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    final TopicRecords topics = TopicRecords.onSharedBroker();
    Api api;
    NetworkFeed network;
    String member;

    @BeforeEach
    void networkWithAMember() {
        api = new Api(mvc, Tokens.testIssuer());
        network = NetworkFeed.of(LA);
        member = "school-" + Person.Ids.next();
        network.publishAndAwait(mongo, network.formed(), network.joined(member));
    }

    @Test
    void undecodableBytesGoToTheDeadLettersAtOnceAndTheNextEventIsApplied() {
        OutboxEntry next = network.left(member);
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(Topics.NETWORKS, null, network.id(),
                new byte[] {(byte) 0xC3, 0x28, '{', 'n', 'o', 't'}, headersOf(next));

        ConsumerRecord<String, byte[]> deadLetter = sendThenAwaitDeadLetterAndApplied(garbage, next);

        assertThat(deadLetter.value()).as("the original bytes, for inspection").isEqualTo(garbage.value());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(DeserializationException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-stacktrace"))
                .contains(EventDecodingException.class.getName() + ": Body of " + next.type() + " does not decode");
    }

    @Test
    void anUnknownEventTypeGoesToTheDeadLettersAtOnceAndTheNextEventIsApplied() {
        OutboxEntry next = network.left(member);
        Headers headers = headersOf(next);
        headers.remove(CloudEventHeaders.TYPE);
        headers.add(CloudEventHeaders.TYPE,
                "uk.org.networkcommons.network.network-merged.v1".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> unknown = new ProducerRecord<>(Topics.NETWORKS, null, network.id(),
                next.payload().getBytes(StandardCharsets.UTF_8), headers);

        ConsumerRecord<String, byte[]> deadLetter = sendThenAwaitDeadLetterAndApplied(unknown, next);

        assertThat(TopicRecords.header(deadLetter, CloudEventHeaders.TYPE)).endsWith("network-merged.v1");
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(DeserializationException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-stacktrace")).contains(
                EventDecodingException.class.getName()
                        + ": Unknown event type uk.org.networkcommons.network.network-merged.v1");
    }

    @Test
    void anEventWhoseHandlerThrowsIsRetriedThenDeadLetteredAndTheNextEventIsApplied() {
        OutboxEntry next = network.left(member);
        // a MemberLeft without the access it must carry: it decodes, and the projection cannot apply it
        MemberLeft left = EventJson.read(next.payload(), MemberLeft.class);
        String withoutAccess = EventJson.write(new MemberLeft(left.networkId(), left.organisationId(),
                left.effectiveOn(), left.reason(), left.recordedBy(), null));
        ProducerRecord<String, byte[]> throwing = new ProducerRecord<>(Topics.NETWORKS, null, network.id(),
                withoutAccess.getBytes(StandardCharsets.UTF_8), headersOf(next));

        long sent = System.nanoTime();
        ConsumerRecord<String, byte[]> deadLetter = sendThenAwaitDeadLetterAndApplied(throwing, next);
        Duration heldUp = Duration.ofNanos(System.nanoTime() - sent);

        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(NullPointerException.class.getName());
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-message")).contains("access");
        assertThat(TopicRecords.header(deadLetter, CloudEventHeaders.AGGREGATE_VERSION)).as("the original headers")
                .isEqualTo(Long.toString(next.aggregateVersion()));
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).contains("\"access\":null");
        Figures.record("poison-handler-throws", ("poison record whose handler throws: its partition waited %d ms "
                + "(first try, retries with back-off, dead letter) before the next event was applied")
                .formatted(heldUp.toMillis()));
    }

    /**
     * Sends the poison record and right behind it, on the same key, a copy of {@code next} (the event the poison
     * pretended to be, under a new id), then waits for the dead letter and for {@code next} to be applied.
     */
    private ConsumerRecord<String, byte[]> sendThenAwaitDeadLetterAndApplied(ProducerRecord<String, byte[]> poison,
            OutboxEntry next) {
        api.get(Person.staffOf(member, LA), "/api/networks/%s/workshops".formatted(network.id())).expect(200);
        topics.send(poison, NETWORK_SERVICE.toRecord(next));

        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> topics.read(DEAD_LETTERS, TopicRecords.keyIn(List.of(network.id()))),
                        found -> !found.isEmpty());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Long.valueOf(next.aggregateVersion()).equals(network.appliedVersion(mongo)));
        api.get(Person.staffOf(member, LA), "/api/networks/%s/workshops".formatted(network.id())).expect(404);

        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.getFirst();
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.NETWORKS);
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-original-offset")).isNotNull();
        assertThat(TopicRecords.header(deadLetter, "kafka_dlt-exception-fqcn")).isNotNull();
        assertThat(TopicRecords.header(deadLetter, CloudEventHeaders.ID)).isEqualTo(
                new String(poison.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8));
        return deadLetter;
    }

    /** The CloudEvents headers the relay would give this entry, with an id of their own for the poison record. */
    private static Headers headersOf(OutboxEntry entry) {
        Headers headers = new RecordHeaders(NETWORK_SERVICE.toRecord(entry).headers().toArray());
        headers.remove(CloudEventHeaders.ID);
        headers.add(CloudEventHeaders.ID, ("poison-" + entry.eventId()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
