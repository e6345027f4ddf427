package uk.org.networkcommons.networkservice.reliability;

import java.util.Collection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.org.networkcommons.networkservice.network.Network;

/** How many events are still waiting in the outboxes of the given networks. */
final class OutboxBacklog {

    private OutboxBacklog() {
    }

    static long of(MongoTemplate mongo, Collection<String> networkIds) {
        Query waiting = Query.query(Criteria.where("_id").in(networkIds).and("outbox.0").exists(true));
        waiting.fields().include("outbox");
        return mongo.find(waiting, Document.class, mongo.getCollectionName(Network.class)).stream()
                .mapToLong(network -> network.getList("outbox", Document.class).size())
                .sum();
    }
}
