package uk.org.networkcommons.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

class CloudEventEnvelopeTest {

    private final CloudEventEnvelope envelope = CloudEventEnvelope.forApplication("network-service");
    private final OutboxEntry entry = new OutboxEntry("6f1c2a9e-0d1b-4c57-9a55-2f0c1d3e4b5a",
            "uk.org.networkcommons.network.member-joined.v1", Topics.NETWORKS, "network-42", 7,
            Instant.parse("2026-11-24T09:15:30.123Z"), "network-42", "873", "{\"networkId\":\"network-42\"}");

    @Test
    void putsTheEntryOnItsTopicKeyedByAggregateWithItsJsonAsTheValue() {
        ProducerRecord<String, byte[]> record = envelope.toRecord(entry);

        assertThat(record.topic()).isEqualTo(Topics.NETWORKS);
        assertThat(record.key()).isEqualTo("network-42");
        assertThat(record.partition()).as("chosen by key, so one aggregate stays in one partition").isNull();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"networkId\":\"network-42\"}");
    }

    @Test
    void carriesEveryCloudEventsAttributeAndExtensionAsAHeader() {
        ProducerRecord<String, byte[]> record = envelope.toRecord(entry);

        assertThat(header(record, "ce_id")).isEqualTo("6f1c2a9e-0d1b-4c57-9a55-2f0c1d3e4b5a");
        assertThat(header(record, "ce_type")).isEqualTo("uk.org.networkcommons.network.member-joined.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/network-service");
        assertThat(header(record, "ce_subject")).isEqualTo("network-42");
        assertThat(header(record, "ce_time")).isEqualTo("2026-11-24T09:15:30.123Z");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_aggregateversion")).isEqualTo("7");
        assertThat(header(record, "ce_networkid")).isEqualTo("network-42");
        assertThat(header(record, "ce_lacode")).isEqualTo("873");
    }

    @Test
    void leavesOutTheScopeExtensionsAnEventDoesNotHave() {
        OutboxEntry unscoped = new OutboxEntry(entry.eventId(), entry.type(), entry.topic(), entry.aggregateId(), 1,
                entry.occurredAt(), null, null, entry.payload());

        ProducerRecord<String, byte[]> record = envelope.toRecord(unscoped);

        assertThat(record.headers().lastHeader("ce_networkid")).isNull();
        assertThat(record.headers().lastHeader("ce_lacode")).isNull();
        assertThat(record.headers().toArray()).extracting(Header::key).doesNotHaveDuplicates();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
