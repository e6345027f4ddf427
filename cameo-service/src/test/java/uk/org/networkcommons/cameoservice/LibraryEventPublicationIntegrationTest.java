package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.cameoservice.support.Authoring;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.test.TopicRecords;

/** Drafting, publishing and retiring an authored item reach Kafka as CloudEvents, in order, through the outbox. */
class LibraryEventPublicationIntegrationTest extends IntegrationTestBase {

    @Test
    void theLifecycleOfAnAuthoredItemIsPublishedInOrderOnTheLibraryTopic() {
        Person officer = Person.laOfficer("873");
        Authoring authoring = new Authoring(api);
        String id = authoring.draft(officer, Authoring.cameoJson("Published to Kafka", "EVERYONE"));
        authoring.publish(officer, id).expect(200);
        authoring.retire(officer, id).expect(200);

        TopicRecords topic = TopicRecords.onSharedBroker();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(topic.read(Topics.LIBRARY, TopicRecords.keyIn(Set.of(id)))).hasSize(3));
        List<ConsumerRecord<String, byte[]>> records = topic.read(Topics.LIBRARY, TopicRecords.keyIn(Set.of(id)));

        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                "uk.org.networkcommons.library.authored-item-drafted.v1",
                "uk.org.networkcommons.library.authored-item-published.v1",
                "uk.org.networkcommons.library.authored-item-retired.v1");
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_aggregateversion")).containsExactly("1", "2", "3");
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_lacode")).containsOnly("873");
        assertThat(TopicRecords.header(records.getFirst(), "ce_source")).isEqualTo("/cameo-service");
        String published = TopicRecords.text(records.get(1));
        assertThat(JsonPath.<String>read(published, "$.itemId")).isEqualTo(id);
        assertThat(JsonPath.<String>read(published, "$.kind")).isEqualTo("CAMEO");
        assertThat(JsonPath.<String>read(published, "$.title")).isEqualTo("Published to Kafka");
        assertThat(JsonPath.<String>read(published, "$.sharing")).isEqualTo("EVERYONE");
        assertThat(JsonPath.<String>read(published, "$.authorId")).isEqualTo(officer.userId());
        assertThat(JsonPath.<String>read(published, "$.authorLaCode")).isEqualTo("873");
    }
}
