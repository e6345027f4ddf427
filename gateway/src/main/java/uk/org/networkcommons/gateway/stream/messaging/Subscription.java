package uk.org.networkcommons.gateway.stream.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.FluxSink;
import uk.org.networkcommons.gateway.stream.EventViews;
import uk.org.networkcommons.gateway.stream.InvalidStreamPosition;
import uk.org.networkcommons.gateway.stream.StreamItem;
import uk.org.networkcommons.gateway.stream.StreamLimits;
import uk.org.networkcommons.gateway.stream.StreamPosition;

/**
 * One viewer's stream: a consumer of its own, on a thread of its own, that reads every event topic from a position,
 * hands on what the viewer may see and keeps the position vector it hands out as resume ids. Every record read
 * advances the position, shown or not, and a resume id is only ever the position just after something handed on, so
 * resuming from it neither repeats nor skips anything the viewer could see.
 */
final class Subscription implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Subscription.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long MAX_WAIT_FOR_DEMAND_MILLIS = 1000;

    private final FluxSink<StreamItem> sink;
    private final StreamConsumers consumers;
    private final EventViews.Judge judge;
    private final StreamPosition from;
    private final Duration heartbeat;
    private final StreamLimits.Permit permit;
    private final Semaphore demanded = new Semaphore(0);
    private volatile boolean stopped;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /**
     * @param from   where to start; null to start at the end of every partition
     * @param permit the viewer's count of open streams, released once the consumer is closed
     */
    Subscription(FluxSink<StreamItem> sink, StreamConsumers consumers, EventViews.Judge judge, StreamPosition from,
            Duration heartbeat, StreamLimits.Permit permit) {
        this.sink = sink;
        this.consumers = consumers;
        this.judge = judge;
        this.from = from;
        this.heartbeat = heartbeat;
        this.permit = permit;
    }

    /** The subscriber asked for more. */
    void requested() {
        demanded.release();
    }

    /** The subscriber went away: the loop ends and the consumer closes on the subscription's own thread. */
    void stop() {
        stopped = true;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        demanded.release();
    }

    @Override
    public void run() {
        try {
            follow();
        } finally {
            permit.close();
        }
    }

    private void follow() {
        try (KafkaConsumer<String, byte[]> kafka = consumers.open("stream")) {
            consumer = kafka;
            if (stopped) {
                return;
            }
            Map<TopicPartition, Long> positions = start(kafka);
            sink.next(new StreamItem.Heartbeat(encode(positions)));
            long nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
            while (!stopped) {
                if (sink.requestedFromDownstream() > 0) {
                    read(kafka, positions);
                } else {
                    long untilHeartbeat = TimeUnit.NANOSECONDS.toMillis(nextHeartbeat - System.nanoTime());
                    demanded.tryAcquire(Math.max(1, Math.min(untilHeartbeat, MAX_WAIT_FOR_DEMAND_MILLIS)),
                            TimeUnit.MILLISECONDS);
                }
                if (!stopped && System.nanoTime() - nextHeartbeat >= 0) {
                    addNewPartitions(kafka, positions);
                    sink.next(new StreamItem.Heartbeat(encode(positions)));
                    nextHeartbeat = System.nanoTime() + heartbeat.toNanos();
                }
            }
        } catch (WakeupException | InterruptException | InterruptedException closing) {
            if (!stopped) {
                sink.error(closing);
            }
        } catch (InvalidStreamPosition invalid) {
            sink.error(invalid);
        } catch (RuntimeException failure) {
            if (stopped) {
                log.debug("Event stream failed after its subscriber left", failure);
            } else {
                log.warn("Event stream failed: {}", failure.toString());
                sink.error(failure);
            }
        }
    }

    private void read(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> positions) {
        ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
        judge.forgetNetworks();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (stopped) {
                return;
            }
            positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            consumers.decode(record)
                    .flatMap(event -> judge.view(event, record.value(), () -> encode(positions),
                            StreamConsumers.timestamp(record)))
                    .ifPresent(sink::next);
        }
        // past the whole batch, the consumer's position also skips what read_committed hides (markers, aborted records)
        for (TopicPartition partition : positions.keySet()) {
            positions.put(partition, Math.max(positions.get(partition), kafka.position(partition)));
        }
    }

    private Map<TopicPartition, Long> start(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = consumers.partitions(kafka);
        kafka.assign(partitions);
        Map<TopicPartition, Long> beginning = kafka.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
        Map<TopicPartition, Long> positions = new HashMap<>();
        if (from == null) {
            positions.putAll(end);
        } else {
            Set<TopicPartition> known = new HashSet<>(partitions);
            from.offsets().keySet().stream().map(StreamConsumers::topicPartition)
                    .filter(partition -> !known.contains(partition)).findFirst()
                    .ifPresent(unknown -> {
                        throw new InvalidStreamPosition("The Last-Event-ID names " + unknown
                                + ", which this stream does not read. Connect without it to start from now.");
                    });
            for (TopicPartition partition : partitions) {
                long wanted = from.offset(StreamConsumers.partition(partition)).orElse(beginning.get(partition));
                if (wanted > end.get(partition)) {
                    throw new InvalidStreamPosition("The Last-Event-ID is ahead of what " + partition
                            + " holds, so it was not issued for these topics. Connect without it to start from now.");
                }
                // older than what is retained: the oldest record still there is the nearest we can do
                positions.put(partition, Math.max(wanted, beginning.get(partition)));
            }
        }
        positions.forEach(kafka::seek);
        return positions;
    }

    /** Topics created or partitions added since the stream opened are read from their beginning. */
    private void addNewPartitions(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> positions) {
        try {
            List<TopicPartition> added = new ArrayList<>(consumers.partitions(kafka));
            added.removeAll(positions.keySet());
            if (added.isEmpty()) {
                return;
            }
            Map<TopicPartition, Long> beginning = kafka.beginningOffsets(added);
            positions.putAll(beginning);
            kafka.assign(new ArrayList<>(positions.keySet()));
            positions.forEach(kafka::seek);
        } catch (TimeoutException brokerUnreachable) {
            // the stream goes on with the partitions it has; the next heartbeat looks again
            log.debug("Could not refresh the event topics' partitions: {}", brokerUnreachable.getMessage());
        }
    }

    private static String encode(Map<TopicPartition, Long> positions) {
        return StreamConsumers.position(positions).encode();
    }
}
