package uk.org.networkcommons.platform.test.reliability;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.CloudEventDeserializer;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * The reference a projection is compared with after a fault: every record of the networks topic now on the broker,
 * read once from the beginning in offset order by one reader with nothing else going on, and applied to an empty
 * {@link NetworkAccessProjection}. Whatever a consumer went through (restarts, rebalances, redeliveries), its
 * projection must end up equal to this one.
 */
public final class NetworkAccessReplay {

    private NetworkAccessReplay() {
    }

    /** Replays the given networks' records into a fresh scratch database and returns the projection documents. */
    public static Map<String, Document> replay(String bootstrapServers, Collection<String> networkIds) {
        MongoTemplate fresh = ScratchDatabases.create("replay");
        NetworkAccessProjection projection = new NetworkAccessProjection(fresh, new VersionedProjections(fresh));
        List<ConsumerRecord<String, byte[]>> records = new TopicRecords(bootstrapServers)
                .read(Topics.NETWORKS, TopicRecords.keyIn(networkIds));
        try (CloudEventDeserializer decoder = new CloudEventDeserializer()) {
            for (ConsumerRecord<String, byte[]> record : records) {
                @SuppressWarnings("unchecked")
                ReceivedEvent<NetworkEvent> event = (ReceivedEvent<NetworkEvent>) decoder.deserialize(record.topic(),
                        record.headers(), record.value());
                projection.apply(event);
            }
        }
        return snapshot(fresh, networkIds);
    }

    /** The projection documents of the given networks, by id, exactly as stored ({@code appliedVersion} included). */
    public static Map<String, Document> snapshot(MongoOperations mongo, Collection<String> networkIds) {
        Map<String, Document> documents = new TreeMap<>();
        Query networks = Query.query(Criteria.where("_id").in(networkIds));
        mongo.find(networks, Document.class, NetworkAccessProjection.COLLECTION)
                .forEach(document -> documents.put(document.getString("_id"), document));
        return documents;
    }
}
