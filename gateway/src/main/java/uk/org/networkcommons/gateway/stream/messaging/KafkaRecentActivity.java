package uk.org.networkcommons.gateway.stream.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.org.networkcommons.gateway.stream.EventStreamProperties;
import uk.org.networkcommons.gateway.stream.EventViews;
import uk.org.networkcommons.gateway.stream.RecentActivity;
import uk.org.networkcommons.gateway.stream.StreamedEvent;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * {@link RecentActivity} on Kafka: per partition, reads back from the end in chunks until it has found {@code limit}
 * visible events or read {@code recentScanPerPartition} records, then merges the partitions newest first. The work is
 * bounded by the scan budget whatever the viewer may see; a viewer who sees little gets fewer events, not a slow page.
 */
@Component
class KafkaRecentActivity implements RecentActivity {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int SMALLEST_CHUNK = 100;

    private final StreamConsumers consumers;
    private final EventViews views;
    private final EventStreamProperties properties;

    KafkaRecentActivity(StreamConsumers consumers, EventViews views, EventStreamProperties properties) {
        this.consumers = consumers;
        this.views = views;
        this.properties = properties;
    }

    @Override
    public Mono<List<StreamedEvent>> recent(Viewer viewer, int limit) {
        if (limit <= 0) {
            return Mono.just(List.of());
        }
        int wanted = Math.min(limit, properties.recentLimit());
        return Mono.fromCallable(() -> read(viewer, wanted)).subscribeOn(Schedulers.boundedElastic());
    }

    private List<StreamedEvent> read(Viewer viewer, int limit) {
        try (KafkaConsumer<String, byte[]> kafka = consumers.openForReadingBack("recent")) {
            List<TopicPartition> partitions = consumers.partitions(kafka);
            kafka.assign(partitions);
            Map<TopicPartition, Long> beginning = kafka.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            String snapshot = StreamConsumers.position(end).encode();
            EventViews.Judge judge = views.judgeFor(viewer);
            int budget = properties.recentScanPerPartition();
            int chunk = Math.min(budget, Math.max(SMALLEST_CHUNK, limit * 5));
            List<Found> found = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long floor = Math.max(beginning.get(partition), end.get(partition) - budget);
                List<Found> newest = new ArrayList<>();
                long upTo = end.get(partition);
                while (upTo > floor && newest.size() < limit) {
                    long from = Math.max(floor, upTo - chunk);
                    newest.addAll(0, readRange(kafka, partition, from, upTo, judge, snapshot));
                    upTo = from;
                }
                found.addAll(newest.subList(Math.max(0, newest.size() - limit), newest.size()));
            }
            return found.stream()
                    .sorted(Comparator.comparing((Found each) -> each.event().time(),
                                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                            .thenComparing(Found::offset).reversed())
                    .limit(limit)
                    .map(Found::event)
                    .toList();
        }
    }

    /** The visible events at offsets {@code [from, upTo)} of one partition, in offset order. */
    private List<Found> readRange(KafkaConsumer<String, byte[]> kafka, TopicPartition partition, long from, long upTo,
            EventViews.Judge judge, String snapshot) {
        kafka.assign(List.of(partition));
        kafka.seek(partition, from);
        judge.forgetNetworks();
        List<Found> visible = new ArrayList<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (kafka.position(partition) < upTo && System.nanoTime() - deadline < 0) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL).records(partition)) {
                if (record.offset() >= upTo) {
                    break;
                }
                consumers.decode(record)
                        .flatMap(event -> judge.view(event, record.value(), () -> snapshot,
                                StreamConsumers.timestamp(record)))
                        .ifPresent(event -> visible.add(new Found(event, record.offset())));
            }
        }
        return visible;
    }

    private record Found(StreamedEvent event, long offset) {
    }
}
