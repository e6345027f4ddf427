package uk.org.networkcommons.perf;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.events.Identifier;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.CloudEventDeserializer;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.messaging.VersionedProjections;

/**
 * How fast a service rebuilds its {@link NetworkAccessProjection} from the networks topic, against what
 * {@code kafka-consumer-perf-test} reads from the same topic on the same broker. Replays the topic the relay phase
 * filled, from offset 0 until caught up, into a fresh projection in a database of its own, through the services'
 * decoding path: {@link CloudEventDeserializer} to {@link ReceivedEvent}, then the projection, idempotent through
 * {@link VersionedProjections}.
 *
 * <p>It reads with a plain {@link KafkaConsumer} poll loop rather than a Spring Kafka listener container: the
 * services' listener ({@code NetworkAccessListener}) is one line that hands the decoded event to the projection, and the
 * container around it adds threads and error handling that cost little per record but make "caught up" harder to see
 * from outside. The loop does what the container does by default on the happy path: records one by one in poll order,
 * offsets committed synchronously after each poll's records (ack mode BATCH), auto-commit off.
 */
final class ProjectionRebuild implements Phase {

    static final String DATABASE = "perf-rebuild";
    private static final String CONSUMER_TOOL = "org.apache.kafka.tools.ConsumerPerformance";
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);
    private static final String[] REBUILD_PARTS = {"load-generator", "mongo", "kafka"};

    private final OutboxRelayThroughput relay;

    ProjectionRebuild(OutboxRelayThroughput relay) {
        this.relay = relay;
    }

    /**
     * One rebuild, measured: {@code seconds} from subscribing (group join included) until caught up,
     * {@code fetchSeconds} from the partitions' assignment on.
     */
    private record Rebuilt(long records, long applied, long unchanged, double seconds, double fetchSeconds,
            ProcessCpu.Snapshot cpu, Map<String, TimedMongo.Timing> mongoTimings, long mongoNanos) {
    }

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public void run(ProfileRun run) throws Exception {
        Path directory = run.out().resolve("rebuild");
        Files.createDirectories(directory);
        run.say("D. Projection rebuild against kafka-consumer-perf-test on the same topic: replay "
                + BacklogNetwork.TOPIC + " from offset 0 into a fresh NetworkAccessProjection (database " + DATABASE
                + ")");
        NetworkBacklog.Backlog backlog = relay.relayedBacklog(run);
        Map<TopicPartition, Long> end;
        try (PerfTopics topics = new PerfTopics(run.kafka())) {
            end = topics.endOffsets(BacklogNetwork.TOPIC);
        }
        long records = end.values().stream().mapToLong(Long::longValue).sum();
        Rebuilt rebuilt;
        long mismatched;
        long projected;
        try (MongoClient client = MongoClients.create(run.mongo())) {
            MongoTemplate store = OutboxRelayThroughput.freshDatabase(client, DATABASE);
            TimedMongo timed = new TimedMongo();
            MongoOperations projectionStore = timed.wrap(store);
            NetworkAccessProjection projection = new NetworkAccessProjection(projectionStore,
                    new VersionedProjections(projectionStore));
            rebuilt = rebuild(run, projection, end, timed);
            List<Document> documents = store.findAll(Document.class, NetworkAccessProjection.COLLECTION);
            projected = documents.size();
            mismatched = documents.stream().filter(document -> !matches(document,
                    backlog.finalAccessByNetwork().get(document.getString("_id")))).count();
        }
        List<String> arguments = List.of("--bootstrap-server", run.kafka(), "--topic", BacklogNetwork.TOPIC,
                "--messages", Long.toString(records), "--group", "perf-consumer-perf-test-" + UUID.randomUUID(),
                "--timeout", "30000");
        KafkaTool.Run tool = KafkaTool.run(run, directory, "consumer-perf-test", CONSUMER_TOOL, arguments,
                TOOL_TIMEOUT);
        ToolOutput.ConsumerTotals totals = ToolOutput.consumer(tool.output());
        if (totals.records() != records) {
            throw new IllegalStateException("consumer-perf-test read " + totals.records() + " records, not " + records);
        }
        writeRaw(directory.resolve("rebuild.txt"), rebuilt, end, projected, mismatched);

        double rate = rebuilt.records() / rebuilt.seconds();
        double fetchRate = rebuilt.records() / rebuilt.fetchSeconds();
        double rebuildCpu = rebuilt.cpu().millisPer(rebuilt.records(), REBUILD_PARTS);
        double toolCpu = (tool.toolCpu().toNanos() + tool.platformCpu().of("kafka").toNanos()) / 1e6 / records;
        run.say(String.format("D. Projection rebuild: %d events in %.1f s = %.0f/s (%.0f/s after the group join); "
                        + "consumer-perf-test %d records: %.0f/s (%.0f/s after the join); ratio %.3f (%.3f after the "
                        + "join); CPU per event rebuild %.3f ms vs tool %.3f ms",
                rebuilt.records(), rebuilt.seconds(), rate, fetchRate, totals.records(), totals.recordsPerSecond(),
                totals.fetchRecordsPerSecond(), rate / totals.recordsPerSecond(),
                fetchRate / totals.fetchRecordsPerSecond(), rebuildCpu, toolCpu));
        run.say(String.format("   CPU per event: rebuild = load generator %.3f + mongo %.3f + kafka %.3f ms; tool = "
                        + "its process %.3f + kafka %.3f ms (JVM start-up left out)",
                rebuilt.cpu().millisPer(rebuilt.records(), "load-generator"),
                rebuilt.cpu().millisPer(rebuilt.records(), "mongo"),
                rebuilt.cpu().millisPer(rebuilt.records(), "kafka"), tool.toolCpu().toNanos() / 1e6 / records,
                tool.platformCpu().millisPer(records, "kafka")));
        TimedMongo.Timing upserts = rebuilt.mongoTimings().getOrDefault("upsert", new TimedMongo.Timing(0, 0));
        run.say(String.format("   Why: the tool only fetches bytes; the rebuild decodes each CloudEvent and writes "
                        + "it to MongoDB, one conditional upsert per event (version check and write in one operation, "
                        + "avg %.2f ms), one after another; MongoDB calls took %.1f of the %.1f s.",
                upserts.averageMillis(), rebuilt.mongoNanos() / 1e9, rebuilt.seconds()));
        run.say(String.format("   Checked: %d events applied, %d unchanged (already newer); %d networks projected "
                        + "of %d, %d differing from their last event's access. Raw: rebuild/rebuild.txt, "
                        + "rebuild/consumer-perf-test.txt",
                rebuilt.applied(), rebuilt.unchanged(), projected, backlog.aggregates(), mismatched));
        if (mismatched > 0 || projected != backlog.aggregates()) {
            throw new IllegalStateException("The rebuilt projection does not match the relayed histories: "
                    + mismatched + " differ, " + projected + " of " + backlog.aggregates() + " projected");
        }
    }

    private Rebuilt rebuild(ProfileRun run, NetworkAccessProjection projection, Map<TopicPartition, Long> end,
            TimedMongo timed) throws IOException, InterruptedException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, run.kafka());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "perf-rebuild-" + UUID.randomUUID());
        // as the services' consumers: a new group starts at the beginning; Spring Kafka commits, not the client
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        AtomicLong assignedAt = new AtomicLong();
        long applied = 0;
        long unchanged = 0;
        long records = 0;
        ProcessCpu.Snapshot before = run.cpu();
        long start = System.nanoTime();
        try (KafkaConsumer<String, ReceivedEvent<?>> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            consumer.subscribe(List.of(BacklogNetwork.TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assignedAt.compareAndSet(0, System.nanoTime());
                }
            });
            long deadline = start + REBUILD_TIMEOUT.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The rebuild had read " + records + " records after "
                            + REBUILD_TIMEOUT);
                }
                ConsumerRecords<String, ReceivedEvent<?>> polled = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, ReceivedEvent<?>> record : polled) {
                    records++;
                    if (projection.apply(networkEvent(record))) {
                        applied++;
                    } else {
                        unchanged++;
                    }
                }
                if (!polled.isEmpty()) {
                    consumer.commitSync();
                }
            }
        }
        long finished = System.nanoTime();
        ProcessCpu.Snapshot used = run.cpu().since(before);
        return new Rebuilt(records, applied, unchanged, (finished - start) / 1e9, (finished - assignedAt.get()) / 1e9,
                used, timed.timings(), timed.totalNanos());
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        if (!consumer.assignment().containsAll(end.keySet())) {
            return false;
        }
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey())
                >= partition.getValue());
    }

    /** What the services' listener, declared as {@code ReceivedEvent<NetworkEvent>}, takes for granted. */
    @SuppressWarnings("unchecked")
    private static ReceivedEvent<? extends NetworkEvent> networkEvent(ConsumerRecord<String, ReceivedEvent<?>> record) {
        if (!(record.value().payload() instanceof NetworkEvent)) {
            throw new IllegalStateException("Not a network event at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + record.value().type());
        }
        return (ReceivedEvent<? extends NetworkEvent>) record.value();
    }

    /** Whether a projected document holds the access of its network's last event. */
    static boolean matches(Document projected, NetworkAccess last) {
        return last != null
                && last.laCode().value().equals(projected.getString("laCode"))
                && ids(last.memberOrganisationIds()).equals(projected.getList("memberOrganisationIds", String.class))
                && ids(last.coordinatorIds()).equals(projected.getList("coordinatorIds", String.class))
                && ids(last.leaderIds()).equals(projected.getList("leaderIds", String.class))
                && last.dissolved() == projected.getBoolean("dissolved");
    }

    private static List<String> ids(Set<? extends Identifier> ids) {
        return ids.stream().map(Identifier::value).sorted().toList();
    }

    private static void writeRaw(Path file, Rebuilt rebuilt, Map<TopicPartition, Long> end, long projected,
            long mismatched) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Projection rebuild of " + BacklogNetwork.TOPIC + " into NetworkAccessProjection (database "
                + DATABASE + ")");
        lines.add("end offsets " + end);
        lines.add(String.format("records %d, applied %d, unchanged %d; %.3f s from subscribe, %.3f s from assignment",
                rebuilt.records(), rebuilt.applied(), rebuilt.unchanged(), rebuilt.seconds(), rebuilt.fetchSeconds()));
        lines.add("networks projected " + projected + ", differing from their last event " + mismatched);
        lines.add("CPU ms per event by part: " + rebuilt.cpu().perUnit(rebuilt.records()));
        lines.add("CPU ms by part: " + rebuilt.cpu().perUnit(1));
        lines.add("MongoDB calls of the projection (calls, avg ms):");
        rebuilt.mongoTimings().forEach((method, timing) -> lines.add(String.format("  %s %d %.3f", method,
                timing.calls(), timing.averageMillis())));
        Files.write(file, lines);
    }
}
