package uk.org.networkcommons.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in as the services meet it, through the real driver: health check, and data that outlives a restart. */
class HelloH2BackendTest {

    @TempDir
    Path data;

    @Test
    void answersHelloAsSpringBootsHealthIndicatorAsksIt() {
        MongoServer server = new MongoServer(new HelloH2Backend(data.resolve("hello.mv").toString()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            Document hello = client.getDatabase("network-service").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void keepsDocumentsInItsFileAcrossARestart() {
        String file = data.resolve("restart.mv").toString();
        MongoServer first = new MongoServer(new HelloH2Backend(file));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + first.bind().getPort())) {
            client.getDatabase("network-service").getCollection("organisations")
                    .insertOne(new Document("_id", "a0000901-0000-4000-8000-000000000001").append("name", "Fernmoor"));
        } finally {
            first.shutdownNow();
        }

        MongoServer second = new MongoServer(new HelloH2Backend(file));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + second.bind().getPort())) {
            MongoCollection<Document> organisations = client.getDatabase("network-service")
                    .getCollection("organisations");
            assertThat(organisations.find().first()).containsEntry("name", "Fernmoor");
        } finally {
            second.shutdownNow();
        }
    }
}
