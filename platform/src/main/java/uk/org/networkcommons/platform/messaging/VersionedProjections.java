package uk.org.networkcommons.platform.messaging;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Makes projections idempotent under at-least-once delivery: each projection document (one per aggregate, keyed by the
 * aggregate id) records the last aggregate version applied to it, and an update is applied only if its version is
 * newer. The check and the write are one single-document operation, so neither a duplicate nor a late event nor two
 * consumers at once can apply an older state over a newer one.
 */
public class VersionedProjections {

    /** The field in every projection document holding the last aggregate version applied to it. */
    public static final String APPLIED_VERSION = "appliedVersion";

    private final MongoOperations mongo;

    public VersionedProjections(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to the projection document of the event's aggregate if the event is newer than what the
     * document already reflects.
     *
     * @return whether it was applied; false means an equal or newer version was already there
     */
    public boolean applyIfNewer(String collection, ReceivedEvent<?> event, Update update) {
        return applyIfNewer(collection, event.subject(), event.aggregateVersion(), update);
    }

    /**
     * Applies {@code update} (upserting the document {@code _id: aggregateId} if there is none) and sets
     * {@value #APPLIED_VERSION} to {@code aggregateVersion} in the same write, but only if the stored version is lower
     * or absent. The caller's update is not modified.
     *
     * @return whether it was applied; false means an equal or newer version was already there
     */
    public boolean applyIfNewer(String collection, String aggregateId, long aggregateVersion, Update update) {
        Update versioned = copyOf(update).set(APPLIED_VERSION, aggregateVersion);
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(aggregateId).orOperator(
                Criteria.where(APPLIED_VERSION).lt(aggregateVersion),
                Criteria.where(APPLIED_VERSION).exists(false)));
        try {
            // the filter does not match an up-to-date document, so the upsert tries to insert its _id and clashes
            mongo.upsert(olderOrAbsent, versioned, collection);
            return true;
        } catch (DuplicateKeyException equalOrNewerStored) {
            // or another consumer inserted the document between our filter and our insert: try once more as an update
            return mongo.updateFirst(olderOrAbsent, versioned, collection).getMatchedCount() > 0;
        }
    }

    /** Update.fromDocument keeps the operator documents it is given, so they are copied before adding to them. */
    private static Update copyOf(Update update) {
        Document operators = new Document();
        update.getUpdateObject().forEach((operator, fields) ->
                operators.put(operator, fields instanceof Document document ? new Document(document) : fields));
        return Update.fromDocument(operators);
    }
}
