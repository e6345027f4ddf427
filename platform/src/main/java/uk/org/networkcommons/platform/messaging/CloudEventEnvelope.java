package uk.org.networkcommons.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

/**
 * Puts an outbox entry on the wire as a CloudEvents 1.0 event in the Kafka binding's binary mode: the attributes go in
 * {@code ce_*} headers and the value is the event's JSON exactly as it was stored, so the relay never needs the event's
 * class and the bytes consumers see are the bytes the aggregate wrote.
 */
public final class CloudEventEnvelope {

    private final String source;

    /**
     * @param source the CloudEvents {@code source} of every event this service publishes, e.g. {@code /network-service}
     */
    public CloudEventEnvelope(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The envelope of a service, its source being {@code /} followed by its {@code spring.application.name}. */
    public static CloudEventEnvelope forApplication(String applicationName) {
        return new CloudEventEnvelope("/" + applicationName);
    }

    public String source() {
        return source;
    }

    /** Keyed by aggregate id so that all events of one aggregate land in one partition, in the order they are sent. */
    public ProducerRecord<String, byte[]> toRecord(OutboxEntry entry) {
        Headers headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, entry.eventId());
        add(headers, CloudEventHeaders.TYPE, entry.type());
        add(headers, CloudEventHeaders.SOURCE, source);
        add(headers, CloudEventHeaders.SUBJECT, entry.aggregateId());
        add(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()));
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        add(headers, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(entry.aggregateVersion()));
        add(headers, CloudEventHeaders.NETWORK_ID, entry.networkId());
        add(headers, CloudEventHeaders.LA_CODE, entry.laCode());
        return new ProducerRecord<>(entry.topic(), null, entry.aggregateId(),
                entry.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void add(Headers headers, String name, String value) {
        // CloudEvents has no null attribute value: an absent optional attribute is an absent header
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
