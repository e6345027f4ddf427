package uk.org.networkcommons.gateway.stream.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.gateway.stream.StreamPosition;
import uk.org.networkcommons.platform.messaging.CloudEventDeserializer;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;

/**
 * Plain Kafka consumers over every event topic (the dead-letter topics are not events anyone should be shown): no
 * consumer group, since each reader keeps its own position; {@code read_committed}, so nothing a producer aborted is
 * ever shown; the cluster settings Boot built from {@code spring.kafka.*}.
 */
@Component
class StreamConsumers {

    static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(StreamConsumers.class);

    private final Map<String, Object> config;
    private final CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
    private final AtomicLong opened = new AtomicLong();

    StreamConsumers(ConsumerFactory<?, ?> bootConsumers) {
        Map<String, Object> settings = new HashMap<>(bootConsumers.getConfigurationProperties());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        settings.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // only reached for a position older than the retained log: the oldest record still there is the closest
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) METADATA_TIMEOUT.toMillis());
        this.config = Map.copyOf(settings);
    }

    /** A consumer that waits at the broker for new records, as a live stream should. */
    KafkaConsumer<String, byte[]> open(String purpose) {
        return open(purpose, Map.of());
    }

    /**
     * A consumer for reading back what is already on the topics. The broker must not hold a fetch back waiting for
     * records that have not been written (half a second by default): a read that ends at the newest record would pay
     * that wait once per partition, seconds for a home page.
     */
    KafkaConsumer<String, byte[]> openForReadingBack(String purpose) {
        return open(purpose, Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
    }

    private KafkaConsumer<String, byte[]> open(String purpose, Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(config);
        settings.putAll(overrides);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-" + purpose + "-" + opened.incrementAndGet());
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Every partition of every event topic as the cluster has them now. */
    List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        EventCatalogue.FAMILIES_BY_TOPIC.keySet().stream().sorted().forEach(topic -> {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        });
        return partitions;
    }

    /** The record as an event; empty (and skipped by every reader) if it is not one the catalogue decodes. */
    Optional<ReceivedEvent<?>> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(cloudEvents.deserialize(record.topic(), record.headers(), record.value()));
        } catch (SerializationException notAnEvent) {
            log.debug("Skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    notAnEvent.getMessage());
            return Optional.empty();
        }
    }

    static Instant timestamp(ConsumerRecord<?, ?> record) {
        return record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : null;
    }

    static StreamPosition.Partition partition(TopicPartition partition) {
        return new StreamPosition.Partition(partition.topic(), partition.partition());
    }

    static TopicPartition topicPartition(StreamPosition.Partition partition) {
        return new TopicPartition(partition.topic(), partition.number());
    }

    static StreamPosition position(Map<TopicPartition, Long> offsets) {
        Map<StreamPosition.Partition, Long> position = new HashMap<>();
        offsets.forEach((partition, offset) -> position.put(partition(partition), offset));
        return StreamPosition.of(position);
    }
}
