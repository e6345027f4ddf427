package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.org.networkcommons.actiontracker.reminder.ReminderProperties;
import uk.org.networkcommons.actiontracker.reminder.Reminders;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.Concurrently;
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.AggregateStore;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * Several instances run the reminder check at the same moment against the same database: each overdue action is
 * announced exactly once (and each stalled one once per quiet period), read back from Kafka as any consumer would.
 */
class ReminderIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String OVERDUE = "uk.org.networkcommons.action.action-overdue.v1";
    static final String STALLED = "uk.org.networkcommons.action.action-stalled.v1";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AggregateStore store;

    final TopicRecords topics = TopicRecords.onSharedBroker();

    @Test
    void twoInstancesCheckingAtOnceAnnounceEachOverdueActionExactlyOnce() throws Exception {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        List<String> overdue = List.of(raise(network, "Late one", LocalDate.now().minusDays(3)),
                raise(network, "Late two", LocalDate.now().minusDays(1)),
                raise(network, "Late three", LocalDate.now().minusDays(30)));
        String onTime = raise(network, "On time", LocalDate.now().plusDays(10));
        String finished = raise(network, "Finished late", LocalDate.now().minusDays(2));
        for (String status : List.of("AGREED", "IN_PROGRESS", "DONE")) {
            api.post(network.coordinator(), "/api/actions/%s/status".formatted(finished),
                    ActionRequests.status(status, null)).expect(200);
        }
        Reminders first = instance(Clock.systemUTC());
        Reminders second = instance(Clock.systemUTC());

        List<Reminders.Result> results = Concurrently.run(first::run, second::run);
        Concurrently.run(first::run, second::run);

        assertThat(results.stream().mapToInt(Reminders.Result::overdue).sum()).isGreaterThanOrEqualTo(overdue.size());
        Set<String> all = Set.of(overdue.get(0), overdue.get(1), overdue.get(2), onTime, finished);
        awaitRelayed(all);
        Map<String, Long> announced = countsOf(OVERDUE, all);
        assertThat(announced).containsOnlyKeys(overdue).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void aStalledActionIsAnnouncedOnceUntilItIsUpdatedAgain() throws Exception {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        String quiet = raise(network, "Quiet one", LocalDate.now().plusMonths(6));
        Clock monthLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(30));

        Concurrently.run(instance(monthLater)::run, instance(monthLater)::run, instance(monthLater)::run);
        Concurrently.run(instance(monthLater)::run, instance(monthLater)::run);
        awaitRelayed(Set.of(quiet));
        assertThat(countsOf(STALLED, Set.of(quiet))).containsEntry(quiet, 1L);

        api.post(network.coordinator(), "/api/actions/%s/comments".formatted(quiet), ActionRequests.comment("Still on"))
                .expect(201);
        Concurrently.run(instance(monthLater)::run, instance(monthLater)::run);
        awaitRelayed(Set.of(quiet));
        assertThat(countsOf(STALLED, Set.of(quiet))).containsEntry(quiet, 2L);
    }

    private Reminders instance(Clock clock) {
        return new Reminders(mongo, store, new ReminderProperties(Duration.ofHours(1), 14, true), clock);
    }

    private String raise(Networks network, String title, LocalDate due) {
        return api.post(network.coordinator(), "/api/actions",
                ActionRequests.raise(network.id(), title, network.member(), due)).expect(201).field("$.id");
    }

    /** Waits until the relay has published (and so removed) every outbox entry of these actions. */
    private void awaitRelayed(Set<String> ids) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> mongo.find(
                Query.query(Criteria.where("_id").in(ids)), Document.class, "actions").stream()
                .allMatch(doc -> ((List<?>) doc.get("outbox")).isEmpty()));
    }

    private Map<String, Long> countsOf(String type, Set<String> ids) {
        List<ConsumerRecord<String, byte[]>> records = topics.read(Topics.ACTIONS, TopicRecords.keyIn(ids));
        return records.stream().filter(record -> type.equals(TopicRecords.header(record, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

}
