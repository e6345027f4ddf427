package uk.org.networkcommons.gateway.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.action.ActionEvent;
import uk.org.networkcommons.events.library.LibraryEvent;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.events.organisation.OrganisationEvent;
import uk.org.networkcommons.events.workshop.WorkshopEvent;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * An event as the service that owns it would put it on its topic: an outbox entry (type from the catalogue, the
 * event's JSON, its network and LA as extensions) sent through that service's CloudEvents envelope to the shared
 * test broker. Tests see the stream exactly as clients would for events the real services raise.
 *
 * @param eventId the CloudEvents id, which the stream's JSON carries as {@code id}
 */
public record Published(String eventId, String subject, String topic, int partition, long offset) {

    private static final Map<String, CloudEventEnvelope> OWNERS = Map.of(
            Topics.NETWORKS, new CloudEventEnvelope("/network-service"),
            Topics.ORGANISATIONS, new CloudEventEnvelope("/network-service"),
            Topics.WORKSHOPS, new CloudEventEnvelope("/cameo-service"),
            Topics.LIBRARY, new CloudEventEnvelope("/cameo-service"),
            Topics.ACTIONS, new CloudEventEnvelope("/action-tracker"));

    /** An LA code no other test in this JVM is likely to use (never 873, the services' favourite). */
    public static String freshLaCode() {
        String code;
        do {
            code = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
        } while (USED_LA_CODES.contains(code) || code.equals("873"));
        USED_LA_CODES.add(code);
        return code;
    }

    private static final Set<String> USED_LA_CODES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The outbox entry its owner would write for the event at that aggregate version. */
    public static OutboxEntry entry(String subject, long version, Object event) {
        return entry(subject, version, event, Instant.now());
    }

    /** The same, saying when it happened. */
    public static OutboxEntry entry(String subject, long version, Object event, Instant occurredAt) {
        NetworkId networkId = switch (event) {
            case NetworkEvent network -> network.networkId();
            case WorkshopEvent workshop -> workshop.networkId();
            case ActionEvent action -> action.networkId();
            default -> null;
        };
        LaCode laCode = switch (event) {
            case NetworkEvent network -> network.access().laCode();
            case WorkshopEvent workshop -> workshop.laCode();
            case ActionEvent action -> action.laCode();
            case LibraryEvent item -> item.authorLaCode();
            case OrganisationEvent organisation -> null;
            default -> null;
        };
        return new OutboxEntry(UUID.randomUUID().toString(), EventCatalogue.typeOf(event.getClass()), topicOf(event),
                subject, version, occurredAt, networkId == null ? null : networkId.value(),
                laCode == null ? null : laCode.value(), EventJson.write(event));
    }

    /** Publishes the entries in this order, each acknowledged before the next. */
    public static List<Published> publish(OutboxEntry... entries) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            List<Published> published = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                RecordMetadata sent = producer.send(OWNERS.get(entry.topic()).toRecord(entry)).get(30, TimeUnit.SECONDS);
                published.add(new Published(entry.eventId(), entry.aggregateId(), sent.topic(), sent.partition(),
                        sent.offset()));
            }
            return published;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish events", e);
        }
    }

    /** Publishes each event as version 1 of its own aggregate, the subject being the given id. */
    public static Published publish(String subject, Object event) {
        return publish(entry(subject, 1, event)).getFirst();
    }

    private static String topicOf(Object event) {
        return EventCatalogue.FAMILIES_BY_TOPIC.entrySet().stream()
                .filter(family -> family.getValue().isInstance(event)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(event + " is not an integration event"));
    }
}
