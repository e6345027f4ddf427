package uk.org.networkcommons.platform.test.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkDissolved;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.messaging.VersionedProjections;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * One network as network-service announces it: real network event records, each carrying the access after the change
 * and the next aggregate version, put on the networks topic as network-service's relay would (its CloudEvents
 * envelope, source {@code /network-service}). This service learns about networks only this way, so tests do too.
 *
 * <p>Building an event ({@link #formed()}, {@link #joined}...) does not publish it, so tests can publish events
 * twice, late or out of order.
 */
public final class NetworkFeed {

    private static final CloudEventEnvelope NETWORK_SERVICE = new CloudEventEnvelope("/network-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final NetworkId id = NetworkId.random();
    private final LaCode laCode;
    private final UserId officer;
    private final Set<OrganisationId> members = new HashSet<>();
    private final Set<UserId> coordinators = new HashSet<>();
    private boolean dissolved;
    private long version;

    private NetworkFeed(String laCode) {
        this.laCode = LaCode.of(laCode);
        this.officer = UserId.of("officer-of-" + laCode);
    }

    /** A network of the LA that nobody has heard of yet. */
    public static NetworkFeed of(String laCode) {
        return new NetworkFeed(laCode);
    }

    public String id() {
        return id.value();
    }

    public String laCode() {
        return laCode.value();
    }

    /** The version of the last event built. */
    public long version() {
        return version;
    }

    public OutboxEntry formed() {
        NetworkProfile profile = new NetworkProfile("Network " + id, NetworkType.CLUSTER, NetworkBasis.GEOGRAPHIC,
                Set.of(NetworkFocus.SCHOOL_IMPROVEMENT), ContinuumForm.LOOSE_COLLABORATION, GovernanceModel.ALLIANCE,
                "Raise attainment at transition", null, null);
        return next(new NetworkFormed(id, profile, officer, access()));
    }

    public OutboxEntry joined(String organisationId) {
        members.add(OrganisationId.of(organisationId));
        return next(new MemberJoined(id, OrganisationId.of(organisationId), MembershipRole.MEMBER, LocalDate.now(), null,
                officer, access()));
    }

    public OutboxEntry left(String organisationId) {
        members.remove(OrganisationId.of(organisationId));
        return next(new MemberLeft(id, OrganisationId.of(organisationId), LocalDate.now(), "Moved to another cluster",
                officer, access()));
    }

    public OutboxEntry appointedCoordinator(String userId) {
        coordinators.add(UserId.of(userId));
        return next(new CoordinatorAppointed(id, UserId.of(userId), "Co-ordinator " + userId,
                LeadershipRole.COORDINATOR, officer, access()));
    }

    public OutboxEntry dissolved() {
        dissolved = true;
        members.clear();
        return next(new NetworkDissolved(id, LocalDate.now(), "Objectives met", officer, access()));
    }

    /** Publishes the entries in this order, each acknowledged by the broker; returns where each landed. */
    public static List<RecordMetadata> publish(OutboxEntry... entries) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<RecordMetadata> sent = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                sent.add(producer.send(NETWORK_SERVICE.toRecord(entry)).get(30, TimeUnit.SECONDS));
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish network events", e);
        }
    }

    /** Publishes the entries and waits until the service's projection holds this network at the last one's version. */
    public void publishAndAwait(MongoOperations mongo, OutboxEntry... entries) {
        publish(entries);
        long expected = entries[entries.length - 1].aggregateVersion();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> appliedVersion(mongo) != null && appliedVersion(mongo) >= expected);
    }

    /** The version of this network the service's projection holds, or null if it has none. */
    public Long appliedVersion(MongoOperations mongo) {
        Document projected = mongo.findById(id.value(), Document.class, NetworkAccessProjection.COLLECTION);
        return projected == null ? null : ((Number) projected.get(VersionedProjections.APPLIED_VERSION)).longValue();
    }

    /**
     * Waits until the projection's consumer group has committed past every given record, i.e. the service has
     * handled them (applied or ignored): the only way to know that an event which changes nothing was seen.
     */
    public static void awaitConsumed(String service, List<RecordMetadata> records) {
        Map<TopicPartition, Long> needed = new HashMap<>();
        for (RecordMetadata record : records) {
            needed.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                MessagingTestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(accessGroupOf(service))
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                return needed.entrySet().stream().allMatch(partition -> committed.get(partition.getKey()) != null
                        && committed.get(partition.getKey()).offset() >= partition.getValue());
            });
        }
    }

    /** The consumer group of a service's access projection: {@code ${spring.application.name}-network-access}. */
    public static String accessGroupOf(String service) {
        return service + "-network-access";
    }

    private NetworkAccess access() {
        return new NetworkAccess(id, laCode, dissolved ? Set.of() : members, coordinators, coordinators, dissolved);
    }

    private OutboxEntry next(Object event) {
        version++;
        return new OutboxEntry(UUID.randomUUID().toString(), EventCatalogue.typeOf(event.getClass()), Topics.NETWORKS,
                id.value(), version, Instant.now(), id.value(), laCode.value(), EventJson.write(event));
    }
}
