package uk.org.networkcommons.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** The perf-only topics on the platform's broker: made fresh for each measurement, shaped like the real ones. */
final class PerfTopics implements AutoCloseable {

    private static final Duration DELETION_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    PerfTopics(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Partitions of an existing topic, e.g. the real one a perf topic stands in for. */
    int partitionsOf(String topic) throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }

    boolean exists(String topic) throws ExecutionException, InterruptedException {
        return admin.listTopics().names().get().contains(topic);
    }

    /** Deletes the topic if a platform measured before left it, then creates it empty with one replica. */
    void recreate(String topic, int partitions) throws ExecutionException, InterruptedException {
        if (exists(topic)) {
            admin.deleteTopics(List.of(topic)).all().get();
            Instant deadline = Instant.now().plus(DELETION_TIMEOUT);
            while (exists(topic)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Topic " + topic + " was not deleted within " + DELETION_TIMEOUT);
                }
                Thread.sleep(200);
            }
        }
        // a deleted topic can linger in the broker's metadata for a moment after it left the listing
        Instant deadline = Instant.now().plus(DELETION_TIMEOUT);
        while (true) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** The end offset of each partition: the number of records a topic written from empty holds. */
    Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        int partitions = partitionsOf(topic);
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed()
                .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition),
                        partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest).all().get();
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().offset()));
    }

    long records(String topic) throws ExecutionException, InterruptedException {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
