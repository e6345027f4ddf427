package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.test.api.Person;

/** A REST command ends up as a CloudEvent on Kafka that any plain Kafka client can read. */
class EventPublicationIntegrationTest extends IntegrationTestBase {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void formingANetworkPublishesNetworkFormedWithCloudEventsHeadersAndAJsonBody() {
        String networkId = api.formNetwork("873", "Eastside Education Improvement Partnership");

        ConsumerRecord<String, byte[]> record = firstRecordFor(Topics.NETWORKS, networkId);

        Map<String, String> headers = headers(record);
        assertThat(record.key()).isEqualTo(networkId);
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "uk.org.networkcommons.network.network-formed.v1")
                .containsEntry("ce_source", "/network-service")
                .containsEntry("ce_subject", networkId)
                .containsEntry("content-type", "application/json")
                .containsEntry("ce_aggregateversion", "1")
                .containsEntry("ce_networkid", networkId)
                .containsEntry("ce_lacode", "873")
                .containsKeys("ce_id", "ce_time");
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.networkId")).isEqualTo(networkId);
        assertThat(JsonPath.<String>read(json, "$.profile.name")).isEqualTo("Eastside Education Improvement Partnership");
        assertThat(JsonPath.<String>read(json, "$.access.laCode")).isEqualTo("873");
    }

    @Test
    void membershipChangesArePublishedInOrderWithTheMembersAfterEachChange() {
        String school = api.registerSchool("873", "Ordered School");
        String networkId = api.formNetwork("873", "Ordered Network");
        api.admit("873", networkId, school, "2025-09-01");
        api.post(Person.laOfficer("873"), "/api/networks/%s/members/%s/departure".formatted(networkId, school), "{}")
                .expect(200);

        List<ConsumerRecord<String, byte[]>> records = recordsFor(Topics.NETWORKS, networkId, 3);
        assertThat(records).extracting(r -> headers(r).get("ce_type")).containsExactly(
                "uk.org.networkcommons.network.network-formed.v1", "uk.org.networkcommons.network.member-joined.v1",
                "uk.org.networkcommons.network.member-left.v1");
        assertThat(records).extracting(r -> headers(r).get("ce_aggregateversion")).containsExactly("1", "2", "3");
        assertThat(JsonPath.<List<String>>read(new String(records.get(1).value(), StandardCharsets.UTF_8),
                "$.access.memberOrganisationIds")).containsExactly(school);
        assertThat(JsonPath.<List<String>>read(new String(records.get(2).value(), StandardCharsets.UTF_8),
                "$.access.memberOrganisationIds")).isEmpty();
    }

    private ConsumerRecord<String, byte[]> firstRecordFor(String topic, String key) {
        return recordsFor(topic, key, 1).getFirst();
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String topic, String key, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "plain-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
            assertThat(found).as("records for %s on %s", key, topic).hasSize(count);
            return found;
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
