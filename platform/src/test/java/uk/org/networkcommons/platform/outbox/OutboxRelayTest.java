package uk.org.networkcommons.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.mock.MockProducerFactory;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;

/** The relay's claim, send and remove cycle against Mongo, with a producer whose acknowledgements the test scripts. */
class OutboxRelayTest {

    private final MongoTemplate mongo = MongoForTests.freshDatabase("outbox-relay");
    private final MutableClock clock = new MutableClock();
    private final ScriptedProducer producer = new ScriptedProducer();
    private final OutboxRelay relay = new OutboxRelay(mongo, new MockProducerFactory<>(() -> producer),
            CloudEventEnvelope.forApplication("relay-test"), OutboxProperties.defaults(), "relay-under-test", clock);
    private final AggregateStore store = new AggregateStore(mongo, event -> {
        if (event instanceof AggregateStore.OutboxWritten written) {
            relay.onOutboxWritten(written);
        }
    });

    @AfterEach
    void closeRelay() {
        relay.close();
    }

    @Test
    void sendsAnAggregatesEventsInOrderThenRemovesThemAndReleasesItsLease() {
        String id = savedWithThreeEvents();

        assertThat(relay.relayPending()).isEqualTo(3);

        assertThat(producer.history()).extracting(ProducerRecord::key).containsOnly(id);
        assertThat(versionsSent()).containsExactly("1", "2", "3");
        assertThat(stored(id).getList("outbox", Document.class)).isEmpty();
        assertThat(stored(id)).doesNotContainKey(OutboxRelay.LEASE);
        assertThat(relay.relayPending()).as("nothing is sent twice").isZero();
    }

    @Test
    void leavesAnAggregateAloneWhileAnotherRelayHoldsItsLease() {
        String id = savedWithThreeEvents();
        leasedBy("another-relay", clock.instant().plusSeconds(30), id);

        assertThat(relay.relayPending()).isZero();

        assertThat(producer.history()).isEmpty();
        assertThat(stored(id).getList("outbox", Document.class)).hasSize(3);
        assertThat(stored(id).get(OutboxRelay.LEASE, Document.class).get("owner")).isEqualTo("another-relay");
    }

    @Test
    void takesOverAnAggregateWhoseLeaseRanOutAsIfItsRelayHadCrashed() {
        String id = savedWithThreeEvents();
        leasedBy("crashed-relay", clock.instant().plusSeconds(30), id);

        clock.advance(Duration.ofSeconds(31));

        assertThat(relay.relayPending()).isEqualTo(3);
        assertThat(versionsSent()).containsExactly("1", "2", "3");
        assertThat(stored(id)).doesNotContainKey(OutboxRelay.LEASE);
    }

    @Test
    void aSendTheBrokerDoesNotAcknowledgeStopsTheAggregateKeepsTheRestAndReleasesTheLease() {
        String id = savedWithThreeEvents();
        producer.failSend(2, new TimeoutException("Expiring 1 record(s): broker unreachable"));

        assertThat(relay.relayPending()).isEqualTo(1);

        assertThat(versionsSent()).as("nothing after the failed send is attempted").containsExactly("1");
        assertThat(stored(id).getList("outbox", Document.class)).extracting(entry -> entry.get("aggregateVersion"))
                .containsExactly(2L, 3L);
        assertThat(stored(id)).doesNotContainKey(OutboxRelay.LEASE);
        assertThat(relay.failedAttempts()).isEqualTo(1);

        assertThat(relay.relayPending()).as("the next try resumes at the first unacknowledged event").isEqualTo(2);
        assertThat(versionsSent()).containsExactly("1", "2", "3");
        assertThat(stored(id).getList("outbox", Document.class)).isEmpty();
    }

    @Test
    void anEventTheBrokerRejectsHoldsBackOnlyItsOwnAggregate() {
        String rejected = savedWithThreeEvents();
        producer.rejectAlways(rejected, new RecordTooLargeException("too large"));
        String other = savedWithThreeEvents();

        relay.relayPending();

        assertThat(stored(rejected).getList("outbox", Document.class)).hasSize(3);
        assertThat(stored(rejected)).doesNotContainKey(OutboxRelay.LEASE);
        assertThat(stored(other).getList("outbox", Document.class)).isEmpty();
        assertThat(producer.history()).extracting(ProducerRecord::key).containsOnly(other);
    }

    @Test
    void anAnnouncedSaveIsRelayedWithoutWaitingForThePoll() {
        OutboxRelay announced = new OutboxRelay(mongo, new MockProducerFactory<>(() -> producer),
                CloudEventEnvelope.forApplication("relay-test"),
                OutboxProperties.defaults().withPollInterval(Duration.ofHours(1)), "announced-relay", clock);
        AggregateStore announcingStore = new AggregateStore(mongo, event -> announced.onOutboxWritten(
                (AggregateStore.OutboxWritten) event));
        announced.start();
        try {
            // the poll runs once at start; wait for it so that only the announcement can relay what follows
            await().atMost(Duration.ofSeconds(10)).until(() -> producer.history().isEmpty());
            String id = UUID.randomUUID().toString();
            announcingStore.save(TestOrganisation.register(id, "Announced", "873", clock));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(producer.history())
                    .extracting(ProducerRecord::key).containsExactly(id));
        } finally {
            announced.close();
        }
    }

    private String savedWithThreeEvents() {
        String id = UUID.randomUUID().toString();
        TestOrganisation organisation = store.save(TestOrganisation.register(id, "Version 1", "873", clock));
        organisation.rename("Version 2", clock);
        organisation.rename("Version 3", clock);
        store.save(organisation);
        return id;
    }

    private void leasedBy(String owner, Instant until, String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set(OutboxRelay.LEASE, new Document("owner", owner).append("until", Date.from(until))),
                TestOrganisation.COLLECTION);
    }

    private List<String> versionsSent() {
        return producer.history().stream()
                .map(record -> new String(record.headers().lastHeader("ce_aggregateversion").value(),
                        StandardCharsets.UTF_8))
                .toList();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, TestOrganisation.COLLECTION);
    }

    /** Acknowledges every send at once, except those the test said should fail. */
    static final class ScriptedProducer extends MockProducer<String, byte[]> {

        private final AtomicInteger sends = new AtomicInteger();
        private volatile int failingSend;
        private volatile RuntimeException failure;
        private volatile String rejectedKey;
        private volatile RuntimeException rejection;

        ScriptedProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        void failSend(int number, RuntimeException exception) {
            failingSend = sends.get() + number;
            failure = exception;
        }

        void rejectAlways(String key, RuntimeException exception) {
            rejectedKey = key;
            rejection = exception;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (sends.incrementAndGet() == failingSend) {
                return CompletableFuture.failedFuture(failure);
            }
            if (record.key().equals(rejectedKey)) {
                return CompletableFuture.failedFuture(rejection);
            }
            return super.send(record, callback);
        }
    }
}
