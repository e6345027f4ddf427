package uk.org.networkcommons.cameoservice.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.reliability.CpuTime;
import uk.org.networkcommons.platform.test.reliability.Figures;
import uk.org.networkcommons.platform.test.reliability.NetworkAccessReplay;
import uk.org.networkcommons.platform.test.reliability.NetworkEventStream;

/**
 * cameo-service's network-access consumer is stopped and started again while network events keep arriving, then a
 * second instance of the same consumer group joins (the partitions are split between the two) and leaves again (they
 * all come back). Offsets committed before each change, records handed over half-done, and records read twice must
 * all end the same way: the service's projection equals a fresh replay of the topic.
 *
 * <p>The second instance is a listener container made by the service's own container factory (same group, same
 * decoding, same error handler) applying events to the service's own projection, as a second replica of the service
 * sharing its database would.
 */
@ServiceIntegrationTest
class ConsumerRestartFaultTest {

    static final String LA = "876";
    static final int NETWORKS = 40;
    static final int EVENTS_EACH = 50;
    static final int SEGMENTS = 5;
    static final String LISTENER = "cameo-service-network-access";

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    ConcurrentKafkaListenerContainerFactory<Object, Object> containers;
    @Autowired
    NetworkAccessProjection projection;
    @Autowired
    MongoTemplate mongo;

    ConcurrentMessageListenerContainer<Object, Object> secondInstance;

    @AfterEach
    void backToOneInstance() {
        if (secondInstance != null) {
            secondInstance.stop();
        }
        listeners.getListenerContainer(LISTENER).start();
    }

    @Test
    void aConsumerStoppedAndRestartedAndRebalancedMidStreamEndsEqualToAFreshReplay() {
        List<NetworkFeed> feeds = new ArrayList<>();
        List<List<OutboxEntry>> histories = new ArrayList<>();
        for (int n = 0; n < NETWORKS; n++) {
            NetworkFeed feed = NetworkFeed.of(LA);
            feeds.add(feed);
            histories.add(history(feed, new Random(n)));
        }
        List<List<OutboxEntry>> segments = NetworkEventStream.interleave(histories, SEGMENTS);
        List<String> ids = feeds.stream().map(NetworkFeed::id).toList();
        MessageListenerContainer service = listeners.getListenerContainer(LISTENER);
        AtomicLong handledBySecond = new AtomicLong();
        String split;
        long started = System.nanoTime();
        Duration cpuAtStart = CpuTime.ofThisProcess();

        try (NetworkEventStream stream = NetworkEventStream.onSharedBroker()) {
            stream.publish(segments.get(0));
            service.stop();
            assertThat(service.isRunning()).isFalse();
            stream.publish(segments.get(1));
            service.start();
            stream.publish(segments.get(2));
            secondInstance = secondInstance(handledBySecond);
            // the group is split while the service is still working through what came before
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !assigned(secondInstance).isEmpty() && !assigned(service).isEmpty());
            split = "service %s, second instance %s".formatted(assigned(service), assigned(secondInstance));
            stream.publish(segments.get(3));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> handledBySecond.get() > 0);
            secondInstance.stop();
            stream.publish(segments.get(4));
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> feeds.stream()
                .allMatch(feed -> Long.valueOf(feed.version()).equals(feed.appliedVersion(mongo))));
        Map<String, Document> projected = NetworkAccessReplay.snapshot(mongo, ids);
        assertThat(projected).hasSize(NETWORKS)
                .isEqualTo(NetworkAccessReplay.replay(MessagingTestInfrastructure.kafkaBootstrapServers(), ids));
        assertThat(handledBySecond.get()).as("records the second instance handled").isPositive();
        Figures.record("consumer-restart", ("consumer stopped, restarted and rebalanced mid-stream: %d events over "
                + "%d networks in %d segments; partitions while split: %s; the second instance handled %d records "
                + "before leaving; %d ms wall, %d ms CPU of this JVM").formatted(NETWORKS * EVENTS_EACH, NETWORKS,
                SEGMENTS, split, handledBySecond.get(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                CpuTime.ofThisProcess().minus(cpuAtStart).toMillis()));
    }

    private static List<Integer> assigned(MessageListenerContainer container) {
        Collection<TopicPartition> partitions = container.getAssignedPartitions();
        return partitions == null ? List.of() : partitions.stream().map(TopicPartition::partition).sorted().toList();
    }

    /** A second replica of the service's network-access consumer: same group, same factory, same projection. */
    private ConcurrentMessageListenerContainer<Object, Object> secondInstance(AtomicLong handled) {
        ConcurrentMessageListenerContainer<Object, Object> container = containers.createContainer(Topics.NETWORKS);
        container.getContainerProperties().setGroupId(NetworkFeed.accessGroupOf("cameo-service"));
        container.getContainerProperties().setClientId("cameo-service-second-instance");
        container.setBeanName("cameo-service-second-instance");
        container.setupMessageListener((MessageListener<Object, Object>) record -> {
            @SuppressWarnings("unchecked")
            ReceivedEvent<NetworkEvent> event = (ReceivedEvent<NetworkEvent>) record.value();
            projection.apply(event);
            handled.incrementAndGet();
        });
        container.start();
        return container;
    }

    /** A network's life: formed, then organisations joining and leaving at random, and co-ordinators appointed. */
    private static List<OutboxEntry> history(NetworkFeed feed, Random random) {
        List<OutboxEntry> events = new ArrayList<>();
        events.add(feed.formed());
        Set<String> members = new HashSet<>();
        for (int i = 1; i < EVENTS_EACH; i++) {
            if (i % 10 == 0) {
                events.add(feed.appointedCoordinator("coordinator-" + i + "-" + feed.id()));
                continue;
            }
            String organisation = "school-" + feed.id() + "-" + random.nextInt(6);
            events.add(members.remove(organisation) ? feed.left(organisation) : joined(feed, members, organisation));
        }
        return events;
    }

    private static OutboxEntry joined(NetworkFeed feed, Set<String> members, String organisation) {
        members.add(organisation);
        return feed.joined(organisation);
    }
}
