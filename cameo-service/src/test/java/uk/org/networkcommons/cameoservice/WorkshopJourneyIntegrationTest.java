package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * The whole way through, over the real broker: network-service's events make a school a member and a head its
 * co-ordinator; the co-ordinator schedules a workshop, the participants record it, the co-ordinator completes it, and
 * the completion and each proposed action appear on the workshops topic as CloudEvents, exactly once each.
 */
class WorkshopJourneyIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String PROPOSED = "uk.org.networkcommons.workshop.action-proposed.v1";
    static final String COMPLETED = "uk.org.networkcommons.workshop.workshop-completed.v1";
    static final String SCHEDULED = "uk.org.networkcommons.workshop.workshop-scheduled.v1";

    @Autowired
    MongoTemplate mongo;

    final TopicRecords topics = TopicRecords.onSharedBroker();

    @Test
    void aCoordinatorAppointedByEventRunsAWorkshopWhoseCompletionPublishesEachProposedActionExactlyOnce() {
        String school = "school-" + Person.Ids.next();
        String agency = "agency-" + Person.Ids.next();
        Person coordinator = Person.staffOf(school, LA);
        Person headTeacher = Person.staffOf(school, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(school), network.joined(agency),
                network.appointedCoordinator(coordinator.userId()));

        Response scheduled = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Capacity review", school, agency)).expect(201);
        String workshopId = scheduled.field("$.id");
        String workshop = "/api/workshops/" + workshopId;
        assertThat(scheduled.field("$.laCode")).isEqualTo(LA);

        api.call(headTeacher, HttpMethod.PUT, workshop + "/dimensions/leadership-across-the-cluster",
                WorkshopRequests.dimension("Leadership across the cluster", 2, 4)).expect(200);
        String first = api.post(headTeacher, workshop + "/proposed-actions",
                WorkshopRequests.action("Write one cluster improvement plan", school, "leadership-across-the-cluster"))
                .expect(201).field("$.proposalId");
        String second = api.post(coordinator, workshop + "/proposed-actions",
                WorkshopRequests.action("Share the family support worker", agency, null)).expect(201).field("$.proposalId");
        String withdrawn = api.post(headTeacher, workshop + "/proposed-actions",
                WorkshopRequests.action("An idea the room dropped", school, null)).expect(201).field("$.proposalId");
        api.call(headTeacher, HttpMethod.DELETE, workshop + "/proposed-actions/" + withdrawn, null).expect(204);

        Response completed = api.post(coordinator, workshop + "/completion", null).expect(200);
        assertThat(completed.field("$.status")).isEqualTo("COMPLETED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(eventsOf(workshopId)).extracting(r -> TopicRecords.header(r, "ce_type"))
                        .containsExactly(SCHEDULED, COMPLETED, PROPOSED, PROPOSED));
        List<ConsumerRecord<String, byte[]>> events = eventsOf(workshopId);
        for (int i = 0; i < events.size(); i++) {
            ConsumerRecord<String, byte[]> event = events.get(i);
            assertThat(event.key()).isEqualTo(workshopId);
            assertThat(TopicRecords.header(event, "ce_id")).isNotBlank();
            assertThat(TopicRecords.header(event, "ce_source")).isEqualTo("/cameo-service");
            assertThat(TopicRecords.header(event, "ce_subject")).isEqualTo(workshopId);
            assertThat(TopicRecords.header(event, "ce_aggregateversion")).isEqualTo(Integer.toString(i + 1));
            assertThat(TopicRecords.header(event, "ce_networkid")).isEqualTo(network.id());
            assertThat(TopicRecords.header(event, "ce_lacode")).isEqualTo(LA);
            assertThat(TopicRecords.header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicRecords.header(event, "content-type")).isEqualTo("application/json");
        }
        assertThat(events.stream().map(e -> TopicRecords.header(e, "ce_id")).collect(Collectors.toSet())).hasSize(4);

        String completion = TopicRecords.text(events.get(1));
        assertThat(JsonPath.<Integer>read(completion, "$.proposedActionCount")).isEqualTo(2);
        assertThat(JsonPath.<String>read(completion, "$.dimensions[0].dimensionKey"))
                .isEqualTo("leadership-across-the-cluster");
        assertThat(JsonPath.<Integer>read(completion, "$.dimensions[0].currentRating")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(completion, "$.dimensions[0].targetRating")).isEqualTo(4);
        assertThat(JsonPath.<String>read(completion, "$.completedBy")).isEqualTo(coordinator.userId());

        Map<String, String> proposals = events.stream().filter(e -> PROPOSED.equals(TopicRecords.header(e, "ce_type")))
                .map(TopicRecords::text)
                .collect(Collectors.toMap(json -> JsonPath.read(json, "$.proposalId"), Function.identity()));
        assertThat(proposals.keySet()).containsExactlyInAnyOrder(first, second);
        String plan = proposals.get(first);
        assertThat(JsonPath.<String>read(plan, "$.ownerOrganisationId")).isEqualTo(school);
        assertThat(JsonPath.<String>read(plan, "$.dimension")).isEqualTo("Leadership across the cluster");
        assertThat(JsonPath.<String>read(plan, "$.originQuestionId")).isEqualTo("challenge-capacity-q1");
        assertThat(JsonPath.<List<String>>read(plan, "$.outcomes")).containsExactlyInAnyOrder("ENJOY_AND_ACHIEVE",
                "STAY_SAFE");
        assertThat(JsonPath.<String>read(plan, "$.proposedBy")).isEqualTo(headTeacher.userId());
        assertThat(JsonPath.<String>read(proposals.get(second), "$.ownerOrganisationId")).isEqualTo(agency);

        // the relay removes what the broker acknowledged, so several relay passes later nothing has been sent again
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(proposalCounts(workshopId)).isEqualTo(Map.of(first, 1L, second, 1L)));
        assertThat(eventsOf(workshopId)).hasSize(4);
        assertThat(mongo.getCollection("workshops").find(new Document("_id", workshopId)).first())
                .extractingByKey("outbox").asInstanceOf(LIST).isEmpty();
    }

    private Map<String, Long> proposalCounts(String workshopId) {
        return eventsOf(workshopId).stream().filter(e -> PROPOSED.equals(TopicRecords.header(e, "ce_type")))
                .collect(Collectors.groupingBy(e -> JsonPath.read(TopicRecords.text(e), "$.proposalId"),
                        Collectors.counting()));
    }

    private List<ConsumerRecord<String, byte[]>> eventsOf(String workshopId) {
        return topics.read(Topics.WORKSHOPS, TopicRecords.keyIn(Set.of(workshopId)));
    }
}
