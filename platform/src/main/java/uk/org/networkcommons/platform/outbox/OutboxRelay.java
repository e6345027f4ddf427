package uk.org.networkcommons.platform.outbox;

import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays to Kafka: at least once, and in order per aggregate.
 *
 * <p>For each aggregate with pending entries it claims a lease on the document (a conditional {@code findAndModify},
 * so of several relays in several instances only one works on an aggregate at a time), sends the entries one after the
 * other, each only once the broker acknowledged the one before, then {@code $pull}s exactly the acknowledged entries
 * and releases the lease. Entries are removed only after their acknowledgement, so a crash or outage can duplicate an
 * event but never lose one; and an event is only sent once its predecessor is on the broker, so an event never
 * reaches the topic before the events before it, even across producer retries, timeouts and several relays.
 *
 * <p>It runs right after a save announces new entries ({@link AggregateStore.OutboxWritten}), on its own threads so a
 * request never waits for Kafka, and on a poll for anything left over. Aggregate collections are found in the Mongo
 * mapping context: annotate aggregates with {@code @Document} so that Boot's entity scan registers them at start-up
 * and the relay finds entries left over from before a restart.
 */
public class OutboxRelay implements SmartLifecycle, AutoCloseable {

    /** The field of an aggregate document holding the claim of the relay working on it: {@code {owner, until}}. */
    public static final String LEASE = "outboxLease";
    static final String LEASE_OWNER = LEASE + ".owner";
    static final String LEASE_UNTIL = LEASE + ".until";
    private static final String FIRST_PENDING = AggregateStore.OUTBOX + ".0";
    private static final String EVENT_ID = "eventId";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoOperations mongo;
    private final ProducerFactory<String, byte[]> producers;
    private final CloudEventEnvelope envelope;
    private final OutboxProperties properties;
    private final String owner;
    private final Clock clock;
    private final ExecutorService senders;
    private final Duration ackWait;
    private final Duration longestSend;

    private final Set<AggregateRef> announced = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean announcementsScheduled = new AtomicBoolean();
    private final AtomicLong relayedEvents = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final Object lifecycleMonitor = new Object();
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile Instant brokerRetryAfter = Instant.MIN;

    /**
     * @param producers the relay's own producers, configured by {@link #producerFactory}; the relay closes them when
     *                  it is closed
     * @param owner     this relay's name in leases; unique per running instance (see {@link #newOwner})
     */
    public OutboxRelay(MongoOperations mongo, ProducerFactory<String, byte[]> producers, CloudEventEnvelope envelope,
            OutboxProperties properties, String owner, Clock clock) {
        this.mongo = mongo;
        this.producers = producers;
        this.envelope = envelope;
        this.properties = properties;
        this.owner = owner;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(properties.concurrency(), daemonThreads("outbox-relay-send-"));
        // the producer completes every send by delivery.timeout.ms after send() returned; the rest only guards a hang
        this.ackWait = properties.sendTimeout().plus(properties.sendTimeout().dividedBy(4));
        this.longestSend = ackWait.plus(properties.sendTimeout().dividedBy(2));
    }

    /**
     * The producer settings the relay's guarantees rest on, on top of the service's own ({@code spring.kafka.*}):
     * idempotent, {@code acks=all}, and every send bounded by {@code send-timeout} (half of it for {@code send()}
     * itself to find the broker, the whole of it for the acknowledgement) so that an outage holds a relay thread for
     * a bounded time and then leaves the entries in place for the next try.
     */
    public static DefaultKafkaProducerFactory<String, byte[]> producerFactory(Map<String, Object> kafkaProducerConfig,
            OutboxProperties properties) {
        Map<String, Object> config = new HashMap<>(kafkaProducerConfig);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        // each aggregate waits for one acknowledgement before its next send: lingering would only add to every wait
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int delivery = (int) properties.sendTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, delivery / 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) (delivery / 2));
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new ByteArraySerializer());
        factory.setPhysicalCloseTimeout((int) Math.max(1, properties.sendTimeout().toSeconds()));
        return factory;
    }

    /** A lease owner name unique to this process, readable in the documents: the service name and a random part. */
    public static String newOwner(String applicationName) {
        return applicationName + "/" + UUID.randomUUID();
    }

    public String owner() {
        return owner;
    }

    /** Events this relay has had acknowledged by the broker since it started. */
    public long relayedEvents() {
        return relayedEvents.get();
    }

    /** Attempts to relay an aggregate that ended with a send the broker did not acknowledge. */
    public long failedAttempts() {
        return failedAttempts.get();
    }

    /** Wakes the relay for an aggregate that has just been saved with new events; never waits for Kafka itself. */
    @EventListener
    public void onOutboxWritten(AggregateStore.OutboxWritten written) {
        ScheduledExecutorService worker = scheduler;
        if (!running || worker == null) {
            return;
        }
        announced.add(new AggregateRef(written.collection(), written.aggregateId()));
        // one queued task drains every announcement made until it runs, so a burst of saves is one pass, not many
        if (announcementsScheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::relayAnnounced);
            } catch (RejectedExecutionException stopping) {
                announcementsScheduled.set(false);
            }
        }
    }

    /**
     * Relays everything pending in every outbox collection that this relay can claim, until nothing is left or the
     * broker fails. Returns the number of events acknowledged.
     */
    public int relayPending() {
        return relayPending(() -> !closed);
    }

    private int relayPending(BooleanSupplier keepGoing) {
        int relayed = 0;
        while (keepGoing.getAsBoolean()) {
            List<AggregateRef> claimable = findClaimable();
            if (claimable.isEmpty()) {
                break;
            }
            Pass pass = relayAll(claimable, keepGoing);
            relayed += pass.relayed();
            // no progress means what is left is claimed by others, or is waiting for the broker or for a fix
            if (pass.brokerFailed() || pass.relayed() == 0) {
                break;
            }
        }
        return relayed;
    }

    private void relayAnnounced() {
        announcementsScheduled.set(false);
        List<AggregateRef> refs = new ArrayList<>();
        for (Iterator<AggregateRef> it = announced.iterator(); it.hasNext(); ) {
            refs.add(it.next());
            it.remove();
        }
        // while the broker is failing, the poll alone retries, at its own pace; the entries are safe in Mongo
        if (refs.isEmpty() || clock.instant().isBefore(brokerRetryAfter)) {
            return;
        }
        try {
            relayAll(refs, () -> running);
        } catch (RuntimeException e) {
            log.warn("Relaying newly saved events failed; the next poll retries them", e);
        }
    }

    private void poll() {
        try {
            relayPending(() -> running);
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again; the relay must outlive any one failure
            log.warn("Outbox relay poll failed; retrying in {}", properties.pollInterval(), e);
        }
    }

    private Pass relayAll(List<AggregateRef> refs, BooleanSupplier keepGoing) {
        Producer<String, byte[]> producer = producers.createProducer();
        AtomicBoolean brokerFailed = new AtomicBoolean();
        AtomicInteger relayed = new AtomicInteger();
        AtomicBoolean anyFailed = new AtomicBoolean();
        AtomicReference<String> brokerFailureCause = new AtomicReference<>();
        List<CompletableFuture<Void>> work = refs.stream().distinct()
                .map(ref -> CompletableFuture.runAsync(() -> {
                    // once the broker failed for one aggregate, the others would only wait for the same timeout
                    if (!keepGoing.getAsBoolean() || brokerFailed.get()) {
                        return;
                    }
                    Attempt attempt = relayOne(ref, producer, keepGoing);
                    relayed.addAndGet(attempt.relayed());
                    if (attempt.failure() != null) {
                        anyFailed.set(true);
                        if (attempt.brokerFailure()) {
                            brokerFailed.set(true);
                            brokerFailureCause.compareAndSet(null, rootMessage(attempt.failure()));
                        }
                    }
                }, senders))
                .toList();
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        if (anyFailed.get()) {
            // a producer that had a send fail may hold a bumped epoch or a fatal error: start the next try afresh
            producers.reset();
        }
        if (brokerFailed.get()) {
            brokerRetryAfter = clock.instant().plus(properties.pollInterval());
            // once per pass rather than per aggregate: an outage would otherwise log every waiting aggregate
            log.warn("Kafka did not acknowledge within {} ({}); the events stay in their outboxes and are retried "
                    + "after {}", properties.sendTimeout(), brokerFailureCause.get(), properties.pollInterval());
        }
        return new Pass(relayed.get(), brokerFailed.get());
    }

    private Attempt relayOne(AggregateRef ref, Producer<String, byte[]> producer, BooleanSupplier keepGoing) {
        try {
            Instant now = clock.instant();
            Instant leaseEnd = now.plus(properties.leaseDuration());
            Document claimed = claim(ref, now, leaseEnd);
            if (claimed == null) {
                return Attempt.NOTHING;
            }
            // a send started after this could still be unacknowledged when another relay may take over
            Instant lastSendStart = leaseEnd.minus(longestSend);
            List<String> acknowledged = new ArrayList<>();
            Exception failure = null;
            for (OutboxEntry entry : pendingEntries(claimed)) {
                if (!keepGoing.getAsBoolean() || clock.instant().isAfter(lastSendStart)) {
                    break;
                }
                try {
                    producer.send(envelope.toRecord(entry)).get(ackWait.toMillis(), TimeUnit.MILLISECONDS);
                    acknowledged.add(entry.eventId());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                    break;
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            removeRelayed(ref.collection(), ref.id(), acknowledged);
            relayedEvents.addAndGet(acknowledged.size());
            if (failure == null) {
                return new Attempt(acknowledged.size(), null, false);
            }
            failedAttempts.incrementAndGet();
            boolean brokerFailure = isBrokerFailure(failure);
            if (brokerFailure) {
                log.debug("Kafka did not acknowledge an event of {} {}", ref.collection(), ref.id(), failure);
            } else {
                log.error("Kafka rejected an event of {} {}; it and the events after it stay in the outbox until this "
                        + "is fixed", ref.collection(), ref.id(), failure);
            }
            return new Attempt(acknowledged.size(), failure, brokerFailure);
        } catch (RuntimeException e) {
            log.warn("Relaying {} {} failed; its lease runs out and it is retried", ref.collection(), ref.id(), e);
            return new Attempt(0, e, false);
        }
    }

    /**
     * Removes the acknowledged entries and releases the lease, in one write if the lease is still this relay's. If
     * it is not (it ran out and another relay claimed the aggregate), the entries are removed all the same (they are
     * on the broker) and the other relay's lease is left alone.
     */
    protected void removeRelayed(String collection, Object aggregateId, List<String> eventIds) {
        Update release = new Update().unset(LEASE);
        if (!eventIds.isEmpty()) {
            release.pull(AggregateStore.OUTBOX, new Document(EVENT_ID, new Document("$in", eventIds)));
        }
        Query stillOurs = Query.query(Criteria.where("_id").is(aggregateId).and(LEASE_OWNER).is(owner));
        if (mongo.updateFirst(stillOurs, release, collection).getMatchedCount() == 0 && !eventIds.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                    new Update().pull(AggregateStore.OUTBOX, new Document(EVENT_ID, new Document("$in", eventIds))),
                    collection);
        }
    }

    private Document claim(AggregateRef ref, Instant now, Instant leaseEnd) {
        Query claimable = Query.query(Criteria.where("_id").is(ref.id()).andOperator(claimable(now)));
        // the relay needs only the entries; an aggregate's own state can be several times their size
        claimable.fields().include(AggregateStore.OUTBOX);
        Update lease = new Update().set(LEASE, new Document("owner", owner).append("until", Date.from(leaseEnd)));
        return mongo.findAndModify(claimable, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                ref.collection());
    }

    /** Has pending entries, and no lease or only one that has run out. */
    private static Criteria[] claimable(Instant now) {
        return new Criteria[] {
                Criteria.where(FIRST_PENDING).exists(true),
                new Criteria().orOperator(Criteria.where(LEASE).exists(false),
                        Criteria.where(LEASE_UNTIL).lt(Date.from(now)))};
    }

    private List<OutboxEntry> pendingEntries(Document aggregate) {
        return aggregate.getList(AggregateStore.OUTBOX, Document.class, List.of()).stream()
                .map(entry -> mongo.getConverter().read(OutboxEntry.class, entry))
                .sorted(Comparator.comparingLong(OutboxEntry::aggregateVersion))
                .toList();
    }

    private List<AggregateRef> findClaimable() {
        Instant now = clock.instant();
        List<AggregateRef> refs = new ArrayList<>();
        for (String collection : outboxCollections()) {
            Query query = new Query(new Criteria().andOperator(claimable(now))).limit(properties.batchSize());
            query.fields().include("_id");
            for (Document aggregate : mongo.find(query, Document.class, collection)) {
                refs.add(new AggregateRef(collection, aggregate.get("_id")));
            }
        }
        return refs;
    }

    /** Read afresh each time: the mapping context learns of aggregate types as the application first uses them. */
    private List<String> outboxCollections() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType())
                        && !Modifier.isAbstract(entity.getType().getModifiers()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .toList();
    }

    private static boolean isBrokerFailure(Exception failure) {
        Throwable cause = failure instanceof ExecutionException ? failure.getCause() : failure;
        return cause instanceof RetriableException || cause instanceof TimeoutException
                || cause instanceof InterruptedException;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void start() {
        synchronized (lifecycleMonitor) {
            if (running || closed || !properties.enabled()) {
                return;
            }
            ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-relay-"));
            scheduler = worker;
            running = true;
            worker.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService worker;
        synchronized (lifecycleMonitor) {
            if (!running) {
                return;
            }
            running = false;
            worker = scheduler;
            scheduler = null;
        }
        worker.shutdown();
        awaitTermination(worker);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
        closed = true;
        senders.shutdown();
        awaitTermination(senders);
        if (producers instanceof DisposableBean disposable) {
            try {
                disposable.destroy();
            } catch (Exception e) {
                log.warn("Closing the outbox relay's Kafka producer failed", e);
            }
        }
    }

    private void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(longestSend.toMillis() * 2, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record AggregateRef(String collection, Object id) {
    }

    private record Pass(int relayed, boolean brokerFailed) {
    }

    private record Attempt(int relayed, Exception failure, boolean brokerFailure) {
        static final Attempt NOTHING = new Attempt(0, null, false);
    }
}
