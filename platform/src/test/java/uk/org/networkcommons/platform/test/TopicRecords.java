package uk.org.networkcommons.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads what is on a topic with a plain {@link KafkaConsumer} (and writes raw records with a plain producer): no group, no Spring, no decoding, so a test sees the
 * records exactly as any other consumer would. Each read starts from the beginning of every partition and stops at the
 * end offsets as of the read, so it suits Awaitility:
 * {@code await().untilAsserted(() -> assertThat(records.read(topic, TopicRecords.keyIn(ids))).hasSize(3))}.
 */
public final class TopicRecords {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;

    public TopicRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads the topic of the shared test broker. */
    public static TopicRecords onSharedBroker() {
        return new TopicRecords(MessagingTestInfrastructure.kafkaBootstrapServers());
    }

    /** Every record now on the topic, partition by partition in offset order. */
    public List<ConsumerRecord<String, byte[]>> read(String topic) {
        return read(topic, record -> true);
    }

    /** The records now on the topic that match, partition by partition in offset order. */
    public List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "topic-records-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (assigned.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(POLL).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                            && filter.test(record)) {
                        records.add(record);
                    }
                });
            }
            return records;
        }
    }

    /** Publishes the records one after the other, each acknowledged before the next, as a misbehaving producer might. */
    @SafeVarargs
    public final void send(ProducerRecord<String, byte[]>... records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + bootstrapServers, e);
        }
    }

    /** Matches records whose key is one of these. */
    public static Predicate<ConsumerRecord<String, byte[]>> keyIn(Collection<String> keys) {
        return record -> keys.contains(record.key());
    }

    /** A header's value as text, or null if the record has no such header. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The value as UTF-8 text. */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
