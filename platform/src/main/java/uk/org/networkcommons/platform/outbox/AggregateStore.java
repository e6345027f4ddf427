package uk.org.networkcommons.platform.outbox;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate and its new events in one single-document operation. The state fields are set and the new
 * events pushed onto the document's {@code outbox} array in the same update, guarded by the version the aggregate was
 * read at; the relay only ever removes acknowledged entries from that array, so the two never overwrite each other.
 */
public class AggregateStore {

    static final String OUTBOX = "outbox";
    static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    public AggregateStore(MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.publisher = publisher;
    }

    public <T extends OutboxAggregate> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Stores the aggregate: inserts it if new, otherwise updates it only if nobody else saved it since it was read.
     *
     * @throws ConcurrentUpdateException if the stored version is not the one this aggregate was read at
     * @throws org.springframework.dao.DuplicateKeyException if a new aggregate clashes with a unique index
     */
    public <T extends OutboxAggregate> T save(T aggregate) {
        List<Document> events = aggregate.newEvents().stream().map(this::toDocument).toList();
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.remove("_class");
        state.remove(OUTBOX);
        long expected = aggregate.version();
        String collection = mongo.getCollectionName(aggregate.getClass());
        if (aggregate.isNew()) {
            state.put(VERSION, 1L);
            state.put(OUTBOX, events);
            mongo.insert(state, collection);
        } else {
            Update update = new Update();
            state.forEach((field, value) -> {
                if (!"_id".equals(field)) {
                    update.set(field, value);
                }
            });
            // the converter leaves null fields out, so a field the aggregate cleared must be unset explicitly
            MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                    .getRequiredPersistentEntity(aggregate.getClass());
            for (MongoPersistentProperty property : entity) {
                if (!property.isIdProperty() && !state.containsKey(property.getFieldName())) {
                    update.unset(property.getFieldName());
                }
            }
            update.set(VERSION, expected + 1);
            if (!events.isEmpty()) {
                update.push(OUTBOX).each(events.toArray());
            }
            Query current = Query.query(Criteria.where("_id").is(aggregate.aggregateId()).and(VERSION).is(expected));
            if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
                Document stored = mongo.findById(aggregate.aggregateId(), Document.class, collection);
                throw new ConcurrentUpdateException(aggregate.aggregateId(), expected,
                        stored == null ? null : ((Number) stored.get(VERSION)).longValue());
            }
        }
        aggregate.markSaved();
        if (!events.isEmpty()) {
            publisher.publishEvent(new OutboxWritten(collection, aggregate.aggregateId()));
        }
        return aggregate;
    }

    private Document toDocument(OutboxEntry entry) {
        Document document = new Document();
        mongo.getConverter().write(entry, document);
        document.remove("_class");
        return document;
    }

    /** Tells the relay in this instance that an aggregate has events waiting, so it need not wait for its next poll. */
    public record OutboxWritten(String collection, String aggregateId) {
    }

}
