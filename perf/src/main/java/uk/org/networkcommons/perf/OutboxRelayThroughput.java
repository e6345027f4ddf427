package uk.org.networkcommons.perf;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.outbox.OutboxProperties;
import uk.org.networkcommons.platform.outbox.OutboxRelay;

/**
 * How fast the platform's real {@link OutboxRelay} empties a realistic backlog, against what
 * {@code kafka-producer-perf-test} gets from the same broker with the same number of records of the same size and the
 * relay's producer settings. The relay runs in this JVM with the services' default settings, against the launched
 * MongoDB stand-in (a database of its own) and the launched broker (a perf-only topic shaped like the real networks
 * topic), timed from its start until every entry is acknowledged and removed from its outbox.
 */
final class OutboxRelayThroughput implements Phase {

    static final String DATABASE = "perf-relay";
    static final String TOOL_TOPIC = "perf.producer-perf-test";
    private static final String PRODUCER_TOOL = "org.apache.kafka.tools.ProducerPerformance";
    private static final Duration RELAY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);
    private static final double MEGABYTE = 1024 * 1024;
    private static final String[] RELAY_PARTS = {"load-generator", "mongo", "kafka"};

    private final int aggregates = Integer.getInteger("perf.relayAggregates", 1000);
    private final int eventsPerAggregate = Integer.getInteger("perf.relayEventsPerAggregate", 20);
    /** The services' default unless set, to see how far more parallel aggregates would take the relay. */
    private final int concurrency = Integer.getInteger("perf.relayConcurrency",
            OutboxProperties.defaults().concurrency());

    /** What the last relay left on {@link BacklogNetwork#TOPIC}, for the rebuild phase to replay. */
    private NetworkBacklog.Backlog relayed;

    /** One relay of the backlog, measured. */
    private record Relayed(NetworkBacklog.Backlog backlog, int partitions, double preloadSeconds,
            DocumentSizes documentSizes, double seconds,
            ProcessCpu.Snapshot cpu, Map<String, Double> producerMetrics, Map<String, TimedMongo.Timing> mongoTimings,
            long mongoNanos, long failedAttempts, Map<String, Object> producerConfig, long recordsOnTopic,
            long stillPending) {

        double eventsPerSecond() {
            return backlog.events() / seconds;
        }
    }

    @Override
    public String name() {
        return "relay";
    }

    @Override
    public void run(ProfileRun run) throws Exception {
        Path directory = run.out().resolve("relay");
        Files.createDirectories(directory);
        OutboxProperties properties = relaySettings();
        run.say("C. Outbox relay throughput against kafka-producer-perf-test on the same broker. Parameters: "
                + aggregates + " networks x " + eventsPerAggregate + " pending events each; the relay with the "
                + "services' settings (concurrency " + properties.concurrency() + ", batch " + properties.batchSize()
                + (properties.concurrency() == OutboxProperties.defaults().concurrency() ? ""
                : "; concurrency set by perf.relayConcurrency, the services' default is "
                + OutboxProperties.defaults().concurrency()) + ")");
        Relayed relay = relay(run, properties);
        NetworkBacklog.Backlog backlog = relay.backlog();
        int recordSize = (int) Math.round(backlog.averageRecordBytes());
        List<String> arguments = new ArrayList<>(List.of("--topic", TOOL_TOPIC, "--num-records",
                Long.toString(backlog.events()), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--print-metrics", "--producer-props"));
        arguments.addAll(toolProducerProperties(relay.producerConfig()));
        try (PerfTopics topics = new PerfTopics(run.kafka())) {
            topics.recreate(TOOL_TOPIC, relay.partitions());
        }
        KafkaTool.Run tool = KafkaTool.run(run, directory, "producer-perf-test", PRODUCER_TOOL, arguments,
                TOOL_TIMEOUT);
        ToolOutput.ProducerTotals totals = ToolOutput.producer(tool.output());
        if (totals.records() != backlog.events()) {
            throw new IllegalStateException("producer-perf-test sent " + totals.records() + " records, not "
                    + backlog.events());
        }
        writeRaw(directory.resolve("relay.txt"), relay, properties);

        double relayMegabytes = backlog.recordBytes() / MEGABYTE / relay.seconds();
        double relayCpu = relay.cpu().millisPer(backlog.events(), RELAY_PARTS);
        double toolCpu = (tool.toolCpu().toNanos() + tool.platformCpu().of("kafka").toNanos()) / 1e6
                / backlog.events();
        run.say(String.format("C. Outbox relay: %d events (avg %.0f B value, %.0f B with key and CloudEvents headers) "
                        + "in %.1f s = %.0f/s (%.2f MB/s); producer-perf-test %d records of %d B: %.0f/s (%.2f MB/s); "
                        + "ratio %.3f; CPU per event relay %.3f ms vs tool %.3f ms",
                backlog.events(), backlog.averageValueBytes(), backlog.averageRecordBytes(), relay.seconds(),
                relay.eventsPerSecond(), relayMegabytes, totals.records(), recordSize, totals.recordsPerSecond(),
                totals.megabytesPerSecond(), relay.eventsPerSecond() / totals.recordsPerSecond(), relayCpu, toolCpu));
        run.say(String.format("   CPU per event: relay = load generator %.3f + mongo %.3f + kafka %.3f ms; tool = "
                        + "its process %.3f + kafka %.3f ms (JVM start-up left out)",
                relay.cpu().millisPer(backlog.events(), "load-generator"),
                relay.cpu().millisPer(backlog.events(), "mongo"), relay.cpu().millisPer(backlog.events(), "kafka"),
                tool.toolCpu().toNanos() / 1e6 / backlog.events(),
                tool.platformCpu().millisPer(backlog.events(), "kafka")));
        double relayPerRequest = relay.producerMetrics().getOrDefault("records-per-request-avg", Double.NaN);
        double relayLatency = relay.producerMetrics().getOrDefault("request-latency-avg", Double.NaN);
        TimedMongo.Timing claims = relay.mongoTimings().getOrDefault("findAndModify", new TimedMongo.Timing(0, 0));
        TimedMongo.Timing removals = relay.mongoTimings().getOrDefault("updateFirst", new TimedMongo.Timing(0, 0));
        double relayThreadSeconds = relay.seconds() * properties.concurrency();
        run.say(String.format("   Why: the relay sends each network's events one at a time, each only once the broker "
                        + "acknowledged the one before (so a network's events stay in order across retries), for at "
                        + "most %d networks at once: %.1f records per produce request (tool %.1f in %.0f-byte "
                        + "batches), request latency avg %.2f ms (tool %.2f ms), so at most ~%.0f/s even if MongoDB "
                        + "cost nothing.",
                properties.concurrency(), relayPerRequest,
                ToolOutput.metric(tool.output(), "producer-metrics", "records-per-request-avg").orElse(Double.NaN),
                ToolOutput.metric(tool.output(), "producer-metrics", "batch-size-avg").orElse(Double.NaN),
                relayLatency, ToolOutput.metric(tool.output(), "producer-metrics", "request-latency-avg")
                        .orElse(Double.NaN), properties.concurrency() * 1000 / relayLatency));
        run.say(String.format("   And per network it claims a lease (findAndModify on a document of avg %.1f KB, "
                        + "reading back only its outbox of %.1f KB: avg %.2f ms) and removes the acknowledged entries "
                        + "with the lease ($pull: avg %.2f ms); MongoDB calls took %.1f s in all, against the %d sender "
                        + "threads' %.1f s.",
                relay.documentSizes().documentBytes() / 1024, relay.documentSizes().outboxBytes() / 1024,
                claims.averageMillis(), removals.averageMillis(), relay.mongoNanos() / 1e9, properties.concurrency(),
                relayThreadSeconds));
        run.say(String.format("   Checked: %d records on %s (%d partitions, as %s), %d entries left in outboxes, %d "
                        + "failed relay attempts; backlog preloaded in %.1f s (not timed). Raw: relay/relay.txt, "
                        + "relay/producer-perf-test.txt",
                relay.recordsOnTopic(), BacklogNetwork.TOPIC, relay.partitions(), Topics.NETWORKS,
                relay.stillPending(), relay.failedAttempts(), relay.preloadSeconds()));
        relayed = backlog;
    }

    /**
     * The backlog the relay phase put on {@link BacklogNetwork#TOPIC} in this run; if the phase was not run, preloads
     * and relays one now (saying so, and not measuring it) so that the rebuild has a topic to replay.
     */
    NetworkBacklog.Backlog relayedBacklog(ProfileRun run) throws Exception {
        if (relayed == null) {
            run.say("(the relay phase did not run before: relaying a backlog of " + aggregates + " x "
                    + eventsPerAggregate + " events onto " + BacklogNetwork.TOPIC + " first, not measured)");
            Relayed relay = relay(run, relaySettings());
            relayed = relay.backlog();
        }
        return relayed;
    }

    private Relayed relay(ProfileRun run, OutboxProperties properties) throws Exception {
        try (PerfTopics topics = new PerfTopics(run.kafka()); MongoClient client = MongoClients.create(run.mongo())) {
            int partitions = topics.partitionsOf(Topics.NETWORKS);
            topics.recreate(BacklogNetwork.TOPIC, partitions);
            MongoTemplate mongo = freshDatabase(client, DATABASE);
            // the envelope network-service puts on its events: source /network-service
            CloudEventEnvelope envelope = CloudEventEnvelope.forApplication("network-service");
            long preloadStart = System.nanoTime();
            NetworkBacklog.Backlog backlog = new NetworkBacklog(Clock.systemUTC()).preload(mongo, envelope, aggregates,
                    eventsPerAggregate);
            double preloadSeconds = (System.nanoTime() - preloadStart) / 1e9;
            DocumentSizes documentSizes = documentSizes(mongo);

            // what a service's auto-configuration builds from spring.kafka.bootstrap-servers and no other setting
            DefaultKafkaProducerFactory<String, byte[]> producers = OutboxRelay.producerFactory(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.kafka()), properties);
            TimedMongo timed = new TimedMongo();
            OutboxRelay relay = new OutboxRelay(timed.wrap(mongo), producers, envelope, properties,
                    OutboxRelay.newOwner("perf-relay"), Clock.systemUTC());
            try {
                ProcessCpu.Snapshot before = run.cpu();
                long start = System.nanoTime();
                relay.start();
                long deadline = start + RELAY_TIMEOUT.toNanos();
                // the relay counts an aggregate's events only after it removed them from the outbox
                while (relay.relayedEvents() < backlog.events()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The relay had relayed " + relay.relayedEvents() + " of "
                                + backlog.events() + " events after " + RELAY_TIMEOUT + " (" + relay.failedAttempts()
                                + " failed attempts)");
                    }
                    Thread.sleep(2);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                ProcessCpu.Snapshot used = run.cpu().since(before);
                Map<String, Double> metrics = producerMetrics(producers.createProducer().metrics());
                relay.stop();
                long pending = mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), BacklogNetwork.class);
                return new Relayed(backlog, partitions, preloadSeconds, documentSizes, seconds, used, metrics, timed.timings(),
                        timed.totalNanos(), relay.failedAttempts(), producers.getConfigurationProperties(),
                        topics.records(BacklogNetwork.TOPIC), pending);
            } finally {
                relay.close();
            }
        }
    }

    /** Average BSON size of a preloaded network document and of its outbox array, what a claim reads back. */
    private record DocumentSizes(double documentBytes, double outboxBytes) {
    }

    private static DocumentSizes documentSizes(MongoTemplate mongo) {
        long documents = 0;
        long documentBytes = 0;
        long outboxBytes = 0;
        for (RawBsonDocument document : mongo.getCollection(mongo.getCollectionName(BacklogNetwork.class))
                .withDocumentClass(RawBsonDocument.class).find().limit(100)) {
            documents++;
            documentBytes += document.getByteBuffer().remaining();
            outboxBytes += new RawBsonDocument(new BsonDocument("outbox", document.get("outbox")), new BsonDocumentCodec())
                    .getByteBuffer().remaining();
        }
        return new DocumentSizes((double) documentBytes / documents, (double) outboxBytes / documents);
    }

    private OutboxProperties relaySettings() {
        OutboxProperties defaults = OutboxProperties.defaults();
        return new OutboxProperties(defaults.enabled(), defaults.pollInterval(), defaults.leaseDuration(),
                defaults.sendTimeout(), defaults.batchSize(), concurrency);
    }

    static MongoTemplate freshDatabase(MongoClient client, String database) {
        client.getDatabase(database).drop();
        return new MongoTemplate(client, database);
    }

    /**
     * The relay's producer settings as {@code --producer-props}: the same acks, idempotence, linger, in-flight limit,
     * retries and timeouts. Serializers are left to the tool, which sends bytes.
     */
    static List<String> toolProducerProperties(Map<String, Object> relayConfig) {
        List<String> properties = new ArrayList<>();
        new TreeMap<>(relayConfig).forEach((name, value) -> {
            if (!name.equals(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG)
                    && !name.equals(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG)) {
                properties.add(name + "=" + value);
            }
        });
        return properties;
    }

    private static Map<String, Double> producerMetrics(Map<MetricName, ? extends Metric> metrics) {
        Map<String, Double> byName = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            if (name.group().equals("producer-metrics") && metric.metricValue() instanceof Double value) {
                byName.put(name.name(), value);
            }
        });
        return byName;
    }

    private void writeRaw(Path file, Relayed relay, OutboxProperties properties) throws IOException {
        List<String> lines = new ArrayList<>();
        NetworkBacklog.Backlog backlog = relay.backlog();
        lines.add("Outbox relay of a preloaded backlog (database " + DATABASE + ", topic " + BacklogNetwork.TOPIC + ")");
        lines.add("networks " + backlog.aggregates() + ", events " + backlog.events() + ", value bytes "
                + backlog.valueBytes() + ", record bytes (key + value + headers) " + backlog.recordBytes());
        lines.add("relay settings " + properties);
        lines.add("relay producer config " + new TreeMap<>(relay.producerConfig()));
        lines.add(String.format("network documents as preloaded: avg %.0f bytes, of which the outbox array %.0f "
                + "(sample of 100)", relay.documentSizes().documentBytes(), relay.documentSizes().outboxBytes()));
        lines.add(String.format("preload %.3f s (not timed), relay %.3f s, %.1f events/s", relay.preloadSeconds(),
                relay.seconds(), relay.eventsPerSecond()));
        lines.add("failed relay attempts " + relay.failedAttempts() + ", records on topic " + relay.recordsOnTopic()
                + ", entries still pending " + relay.stillPending());
        lines.add("CPU ms per event by part: " + relay.cpu().perUnit(backlog.events()));
        lines.add("CPU ms by part: " + relay.cpu().perUnit(1));
        lines.add("MongoDB calls of the relay (calls, avg ms):");
        relay.mongoTimings().forEach((method, timing) -> lines.add(String.format("  %s %d %.3f", method,
                timing.calls(), timing.averageMillis())));
        lines.add("relay producer metrics (producer-metrics group):");
        relay.producerMetrics().forEach((name, value) -> lines.add("  " + name + " " + value));
        Files.write(file, lines);
    }
}
