package uk.org.networkcommons.gateway.stream.messaging;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import uk.org.networkcommons.gateway.stream.EventStream;
import uk.org.networkcommons.gateway.stream.EventStreamProperties;
import uk.org.networkcommons.gateway.stream.EventViews;
import uk.org.networkcommons.gateway.stream.StreamItem;
import uk.org.networkcommons.gateway.stream.StreamLimits;
import uk.org.networkcommons.gateway.stream.StreamPosition;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The {@link EventStream} on Kafka: each subscription is a {@link Subscription} on a virtual thread of its own (a
 * blocking consumer loop that may live for hours must not hold one of Reactor's bounded threads), started when the
 * flux is subscribed to and stopped when it is cancelled. The viewer's stream count goes down only once the
 * subscription's consumer is closed, so the limit counts consumers, not HTTP connections.
 */
@Component
class KafkaEventStream implements EventStream {

    private final StreamConsumers consumers;
    private final EventViews views;
    private final StreamLimits limits;
    private final EventStreamProperties properties;
    private final AtomicLong started = new AtomicLong();

    KafkaEventStream(StreamConsumers consumers, EventViews views, StreamLimits limits,
            EventStreamProperties properties) {
        this.consumers = consumers;
        this.views = views;
        this.limits = limits;
        this.properties = properties;
    }

    @Override
    public Flux<StreamItem> items(Viewer viewer, Optional<String> lastEventId) {
        return Flux.defer(() -> {
            StreamPosition from = lastEventId.filter(id -> !id.isBlank()).map(StreamPosition::decode).orElse(null);
            StreamLimits.Permit permit = limits.acquire(viewer);
            return Flux.<StreamItem>create(sink -> {
                Subscription subscription = new Subscription(sink, consumers, views.judgeFor(viewer), from,
                        properties.heartbeat(), permit);
                sink.onRequest(requested -> subscription.requested());
                sink.onDispose(subscription::stop);
                try {
                    Thread.ofVirtual().name("event-stream-" + started.incrementAndGet()).start(subscription);
                } catch (RuntimeException cannotStart) {
                    permit.close();
                    sink.error(cannotStart);
                }
            }, FluxSink.OverflowStrategy.BUFFER);
        });
    }
}
