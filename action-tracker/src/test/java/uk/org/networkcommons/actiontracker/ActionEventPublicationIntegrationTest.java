package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.actiontracker.support.Networks;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.test.TopicRecords;

/** Each change of an action reaches the actions topic once, in order, with the network, LA, owner and parties. */
class ActionEventPublicationIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final String PREFIX = "uk.org.networkcommons.action.";

    @Autowired
    MongoTemplate mongo;

    final TopicRecords topics = TopicRecords.onSharedBroker();

    @Test
    void everyChangeIsPublishedInOrderWithTheNetworkLaOwnerAndParties() {
        Networks network = Networks.withMemberAndCoordinator(mongo, LA);
        String id = api.post(network.coordinator(), "/api/actions", ActionRequests.raise(network.id(), "Holiday club",
                network.member(), LocalDate.now().plusMonths(1), "youth-9")).expect(201).field("$.id");
        String path = "/api/actions/" + id;
        api.post(network.coordinator(), path + "/status", ActionRequests.status("AGREED", null)).expect(200);
        api.post(network.coordinator(), path + "/status", ActionRequests.status("IN_PROGRESS", null)).expect(200);
        api.post(network.coordinator(), path + "/parties", ActionRequests.party("health-9")).expect(200);
        api.post(network.coordinator(), path + "/comments", ActionRequests.comment("Venue booked")).expect(201);
        api.post(network.coordinator(), path + "/status", ActionRequests.status("BLOCKED", "Staffing")).expect(200);
        api.post(network.coordinator(), path + "/status", ActionRequests.status("CANCELLED", "No staff")).expect(200);
        api.call(network.coordinator(), HttpMethod.GET, path, null).expect(200);

        List<String> expected = List.of("action-raised", "action-agreed", "action-progressed", "action-assigned",
                "action-commented", "action-blocked", "action-cancelled");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(records(id)).hasSize(expected.size()));
        List<ConsumerRecord<String, byte[]>> records = records(id);
        assertThat(records).extracting(record -> TopicRecords.header(record, "ce_type"))
                .containsExactlyElementsOf(expected.stream().map(type -> PREFIX + type + ".v1").toList());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/action-tracker");
            assertThat(TopicRecords.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicRecords.header(record, "ce_aggregateversion")).isEqualTo(Integer.toString(i + 1));
            assertThat(TopicRecords.header(record, "ce_networkid")).isEqualTo(network.id());
            assertThat(TopicRecords.header(record, "ce_lacode")).isEqualTo(LA);
            String body = TopicRecords.text(record);
            assertThat((String) JsonPath.read(body, "$.networkId")).isEqualTo(network.id());
            assertThat((String) JsonPath.read(body, "$.laCode")).isEqualTo(LA);
            assertThat((String) JsonPath.read(body, "$.ownerOrganisationId")).isEqualTo(network.member());
            assertThat(JsonPath.<List<String>>read(body, "$.partyOrganisationIds")).contains("youth-9");
        }
        assertThat(JsonPath.<List<String>>read(TopicRecords.text(records.get(3)), "$.partyOrganisationIds"))
                .containsExactlyInAnyOrder("youth-9", "health-9");
        assertThat((String) JsonPath.read(TopicRecords.text(records.get(6)), "$.reason")).isEqualTo("No staff");
    }

    private List<ConsumerRecord<String, byte[]>> records(String id) {
        return topics.read(Topics.ACTIONS, TopicRecords.keyIn(Set.of(id)));
    }
}
