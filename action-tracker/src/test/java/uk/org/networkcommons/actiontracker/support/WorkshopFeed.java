package uk.org.networkcommons.actiontracker.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.workshop.ActionProposed;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/** Workshop proposals as cameo-service's relay publishes them (its envelope, source {@code /cameo-service}). */
public final class WorkshopFeed {

    /** The consumer group of the proposal listener ({@code ${spring.application.name}-proposals}). */
    public static final String PROPOSALS_GROUP = "action-tracker-proposals";

    private static final CloudEventEnvelope CAMEO_SERVICE = new CloudEventEnvelope("/cameo-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WorkshopFeed() {
    }

    public static ActionProposed proposal(String networkId, String laCode, String owner, String title) {
        return new ActionProposed(UUID.randomUUID().toString(), WorkshopId.random(), NetworkId.of(networkId),
                LaCode.of(laCode), title, "From the self-assessment", OrganisationId.of(owner),
                LocalDate.now().plusMonths(2), Set.of(EcmOutcome.ENJOY_AND_ACHIEVE), "Capacity",
                "challenge-focus-q1", null, UserId.of("coordinator-of-" + networkId), "capacity");
    }

    /** The proposal as one outbox entry of its workshop (a relay re-sending it after a crash sends this again). */
    public static OutboxEntry entry(ActionProposed proposal, long aggregateVersion) {
        return new OutboxEntry(UUID.randomUUID().toString(), EventCatalogue.typeOf(ActionProposed.class),
                Topics.WORKSHOPS, proposal.workshopId().value(), aggregateVersion, Instant.now(),
                proposal.networkId().value(), proposal.laCode().value(), EventJson.write(proposal));
    }

    public static List<RecordMetadata> publish(OutboxEntry... entries) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                sent.add(producer.send(CAMEO_SERVICE.toRecord(entry)).get(30, TimeUnit.SECONDS));
            }
            return sent;
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish workshop events", e);
        }
    }

    /** Waits until the proposal listener's group has committed past every given record. */
    public static void awaitConsumed(List<RecordMetadata> records) {
        Map<TopicPartition, Long> needed = new HashMap<>();
        for (RecordMetadata record : records) {
            needed.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                MessagingTestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(PROPOSALS_GROUP)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                return needed.entrySet().stream().allMatch(partition -> committed.get(partition.getKey()) != null
                        && committed.get(partition.getKey()).offset() >= partition.getValue());
            });
        }
    }
}
