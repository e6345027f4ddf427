package uk.org.networkcommons.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/** A database of its own on the shared test Mongo, with a fresh mapping context, for tests that need no Spring context. */
final class MongoForTests {

    private static MongoClient client;

    private MongoForTests() {
    }

    static synchronized MongoTemplate freshDatabase(String purpose) {
        if (client == null) {
            client = MongoClients.create(MessagingTestInfrastructure.mongoUri());
        }
        return new MongoTemplate(client, purpose + "-" + UUID.randomUUID());
    }
}
