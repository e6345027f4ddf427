package uk.org.networkcommons.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Transient;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.platform.messaging.EventJson;

/**
 * Base of every aggregate that publishes events. Raised events are appended to the aggregate's own document in the same
 * single-document write as the state change ({@link AggregateStore#save}), so a change is never stored without its
 * events nor published without being stored. Needs no multi-document transaction.
 */
public abstract class OutboxAggregate {

    /** Number of successful saves; a save expecting another number fails with {@link ConcurrentUpdateException}. */
    private long version;

    /** Number of events this aggregate has ever raised; each event carries its own number. */
    private long eventSequence;

    @Transient
    private final List<OutboxEntry> newEvents = new ArrayList<>();

    /** The id of this aggregate: the Kafka key and the CloudEvents subject of its events. */
    public abstract String aggregateId();

    /** The topic of this aggregate type's events. */
    protected abstract String topic();

    /** Network and LA that this aggregate's events concern, as of now. */
    protected abstract EventScope eventScope();

    /** Records an integration event (a record annotated with {@code @EventType}) to be published after the next save. */
    protected final void raise(Object event, Clock clock) {
        EventScope scope = eventScope();
        eventSequence++;
        newEvents.add(new OutboxEntry(UUID.randomUUID().toString(), EventCatalogue.typeOf(event.getClass()), topic(),
                aggregateId(), eventSequence, Instant.now(clock),
                scope.networkId() == null ? null : scope.networkId().value(),
                scope.laCode() == null ? null : scope.laCode().value(), EventJson.write(event)));
    }

    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
    }

    public long eventSequence() {
        return eventSequence;
    }

    /** Events raised since this aggregate was loaded, not yet saved. */
    public List<OutboxEntry> newEvents() {
        return List.copyOf(newEvents);
    }

    /** Called by the store once the write, events included, is durable. */
    void markSaved() {
        version++;
        newEvents.clear();
    }
}
