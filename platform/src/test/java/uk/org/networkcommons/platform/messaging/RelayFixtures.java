package uk.org.networkcommons.platform.messaging;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import uk.org.networkcommons.platform.messaging.testapp.TestOrganisation;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;
import uk.org.networkcommons.platform.test.MessagingTestInfrastructure;

/** What the relay tests share: relays wired by hand, a database of their own, and reading versions off a topic. */
final class RelayFixtures {

    private static MongoClient client;

    private RelayFixtures() {
    }

    /**
     * A database of its own on the shared Mongo, with its own mapping context, so that the test service's relay
     * (which only looks at the collections its own context knows) never relays these aggregates.
     */
    static synchronized MongoTemplate separateDatabase(String purpose) {
        if (client == null) {
            client = MongoClients.create(MessagingTestInfrastructure.mongoUri());
        }
        return new MongoTemplate(client, purpose + "-" + UUID.randomUUID());
    }

    static OutboxRelay relay(MongoTemplate mongo, String bootstrapServers, String owner, OutboxProperties properties) {
        return new OutboxRelay(mongo, producers(bootstrapServers, properties),
                CloudEventEnvelope.forApplication("relay-test"), properties, owner, Clock.systemUTC());
    }

    static DefaultKafkaProducerFactory<String, byte[]> producers(String bootstrapServers,
            OutboxProperties properties) {
        return OutboxRelay.producerFactory(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), properties);
    }

    /** Registers an organisation and renames it until it has raised {@code events} events, one save per event. */
    static void saveWithEvents(AggregateStore store, String id, int events) {
        Clock clock = Clock.systemUTC();
        TestOrganisation organisation = store.save(TestOrganisation.register(id, "Name 1", "873", clock));
        for (int version = 2; version <= events; version++) {
            organisation.rename("Name " + version, clock);
            organisation = store.save(organisation);
        }
    }

    /** The aggregate versions on the topic, per key, in offset order. */
    static Map<String, List<Long>> versionsByKey(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, LinkedHashMap::new,
                Collectors.mapping(record -> Long.parseLong(new String(
                        record.headers().lastHeader(CloudEventHeaders.AGGREGATE_VERSION).value(),
                        StandardCharsets.UTF_8)), Collectors.toList())));
    }

    /** How many outbox entries are still waiting in the test aggregates' collection. */
    static long pendingEntries(MongoTemplate mongo) {
        return mongo.find(new Query(Criteria.where("outbox.0").exists(true)), Document.class,
                        TestOrganisation.COLLECTION).stream()
                .mapToLong(document -> document.getList("outbox", Document.class).size())
                .sum();
    }
}
