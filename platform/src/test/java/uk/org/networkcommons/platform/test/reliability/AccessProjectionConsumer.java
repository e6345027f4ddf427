package uk.org.networkcommons.platform.test.reliability;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.CloudEventDeserializer;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;

/**
 * What cameo-service and action-tracker run on the networks topic (CloudEvents decoding, the platform's
 * {@link NetworkAccessProjection} behind {@link VersionedProjections}), wired by hand so that a fault test can point it
 * at a broker of its own and keep its projection in a scratch database. It counts how often each event was delivered
 * and how often it was applied, which is what "applied once" is checked against.
 */
public final class AccessProjectionConsumer implements AutoCloseable {

    private final NetworkAccessProjection projection;
    private final MongoTemplate mongo;
    private final ConcurrentMessageListenerContainer<String, ReceivedEvent<NetworkEvent>> container;
    private final Map<String, AtomicLong> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> applications = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    private AccessProjectionConsumer(String bootstrapServers, String groupId, MongoTemplate mongo, int concurrency) {
        this.mongo = mongo;
        this.projection = new NetworkAccessProjection(mongo, new VersionedProjections(mongo));
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
        ContainerProperties properties = new ContainerProperties(Topics.NETWORKS);
        properties.setGroupId(groupId);
        properties.setMessageListener((MessageListener<String, ReceivedEvent<NetworkEvent>>) record -> {
            ReceivedEvent<NetworkEvent> event = record.value();
            deliveries.computeIfAbsent(event.id(), id -> new AtomicLong()).incrementAndGet();
            if (projection.apply(event)) {
                applications.computeIfAbsent(event.id(), id -> new AtomicLong()).incrementAndGet();
            }
        });
        container = new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config), properties);
        container.setConcurrency(concurrency);
        // nothing in these tests should fail; if something does, it is counted and skipped rather than retried forever
        container.setCommonErrorHandler(new DefaultErrorHandler((record, exception) -> failures.incrementAndGet(),
                new FixedBackOff(0, 0)));
    }

    /** Starts consuming the networks topic from its beginning, as a new consumer group does. */
    public static AccessProjectionConsumer start(String bootstrapServers, String groupId, MongoTemplate mongo,
            int concurrency) {
        AccessProjectionConsumer consumer = new AccessProjectionConsumer(bootstrapServers, groupId, mongo, concurrency);
        consumer.container.start();
        return consumer;
    }

    public NetworkAccessProjection projection() {
        return projection;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** How often each event (by CloudEvents id) reached the listener. */
    public Map<String, Long> deliveries() {
        return snapshot(deliveries);
    }

    /** How often each event (by CloudEvents id) changed the projection. */
    public Map<String, Long> applications() {
        return snapshot(applications);
    }

    /** Records that could not be decoded or applied. */
    public long failures() {
        return failures.get();
    }

    @Override
    public void close() {
        container.stop();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new HashMap<>();
        counts.forEach((id, count) -> copy.put(id, count.get()));
        return copy;
    }
}
