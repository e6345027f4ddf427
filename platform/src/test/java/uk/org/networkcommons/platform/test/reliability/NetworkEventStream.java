package uk.org.networkcommons.platform.test.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * Puts many network events on the networks topic quickly, as network-service's relay would (its CloudEvents envelope;
 * an idempotent producer, so each network's events land in the order given), for tests that need a stream rather
 * than a few events: {@code NetworkFeed.publish} waits for each record in turn.
 */
public final class NetworkEventStream implements AutoCloseable {

    private static final CloudEventEnvelope NETWORK_SERVICE = CloudEventEnvelope.forApplication("network-service");

    private final KafkaProducer<String, byte[]> producer;

    private NetworkEventStream(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static NetworkEventStream onSharedBroker() {
        return new NetworkEventStream(MessagingTestInfrastructure.kafkaBootstrapServers());
    }

    /** Sends the entries in this order and returns once the broker has acknowledged all of them. */
    public List<RecordMetadata> publish(List<OutboxEntry> entries) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        entries.forEach(entry -> sent.add(producer.send(NETWORK_SERVICE.toRecord(entry))));
        producer.flush();
        List<RecordMetadata> acknowledged = new ArrayList<>();
        try {
            for (Future<RecordMetadata> record : sent) {
                acknowledged.add(record.get(30, TimeUnit.SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish network events", e);
        }
        return acknowledged;
    }

    /**
     * Takes each network's history in turn, one event at a time (as events of many networks arrive together), and cuts
     * the result into {@code segments} consecutive parts of about the same size. Each history keeps its order.
     */
    public static List<List<OutboxEntry>> interleave(List<List<OutboxEntry>> histories, int segments) {
        List<OutboxEntry> all = new ArrayList<>();
        int longest = histories.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<OutboxEntry> history : histories) {
                if (i < history.size()) {
                    all.add(history.get(i));
                }
            }
        }
        List<List<OutboxEntry>> parts = new ArrayList<>();
        for (int part = 0; part < segments; part++) {
            parts.add(List.copyOf(all.subList(all.size() * part / segments, all.size() * (part + 1) / segments)));
        }
        return parts;
    }

    @Override
    public void close() {
        producer.close();
    }
}
