package uk.org.networkcommons.platform.test.reliability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/**
 * Databases of their own on the shared Mongo, each with its own mapping context: what a fault test writes there is
 * invisible to the service's context (its relay only looks at the collections its own context knows), and a fresh
 * one is the empty starting point of a replay.
 */
public final class ScratchDatabases {

    private static MongoClient client;

    private ScratchDatabases() {
    }

    /** A new, empty database whose name starts with the purpose. */
    public static synchronized MongoTemplate create(String purpose) {
        if (client == null) {
            client = MongoClients.create(MessagingTestInfrastructure.mongoUri());
        }
        return new MongoTemplate(client, purpose + "-" + UUID.randomUUID());
    }
}
