package uk.org.networkcommons.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;

/**
 * Reads a CloudEvents binary-mode record into a {@link ReceivedEvent}, choosing the payload class by {@code ce_type}
 * from the {@link EventCatalogue}. Anything it cannot read fully throws {@link EventDecodingException}; wrapped in
 * Spring Kafka's {@code ErrorHandlingDeserializer}, that sends the record to the dead letters instead of stopping the
 * partition.
 */
public class CloudEventDeserializer implements Deserializer<ReceivedEvent<?>> {

    @Override
    public ReceivedEvent<?> deserialize(String topic, byte[] data) {
        throw new EventDecodingException("A CloudEvent in binary mode needs its headers; this deserializer was called "
                + "without them on topic " + topic);
    }

    @Override
    public ReceivedEvent<?> deserialize(String topic, Headers headers, byte[] data) {
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new EventDecodingException("Unsupported CloudEvents spec version " + specVersion);
        }
        String contentType = optional(headers, CloudEventHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(CloudEventHeaders.APPLICATION_JSON)) {
            throw new EventDecodingException("Unsupported content type " + contentType);
        }
        String type = required(headers, CloudEventHeaders.TYPE);
        Class<?> eventClass = EventCatalogue.classOf(type)
                .orElseThrow(() -> new EventDecodingException("Unknown event type " + type + " on topic " + topic));
        if (data == null) {
            throw new EventDecodingException("Event " + type + " has no body");
        }
        Object payload;
        try {
            payload = EventJson.read(data, eventClass);
        } catch (RuntimeException e) {
            throw new EventDecodingException("Body of " + type + " does not decode: " + e.getMessage(), e);
        }
        if (payload == null) {
            throw new EventDecodingException("Body of " + type + " is JSON null");
        }
        try {
            String networkId = optional(headers, CloudEventHeaders.NETWORK_ID);
            String laCode = optional(headers, CloudEventHeaders.LA_CODE);
            return new ReceivedEvent<>(required(headers, CloudEventHeaders.ID), type,
                    required(headers, CloudEventHeaders.SOURCE), required(headers, CloudEventHeaders.SUBJECT),
                    time(headers), aggregateVersion(headers),
                    networkId == null ? null : NetworkId.of(networkId), laCode == null ? null : LaCode.of(laCode),
                    payload);
        } catch (IllegalArgumentException e) {
            throw new EventDecodingException("Malformed CloudEvents header of " + type + ": " + e.getMessage(), e);
        }
    }

    private static Instant time(Headers headers) {
        String time = optional(headers, CloudEventHeaders.TIME);
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new EventDecodingException("Malformed " + CloudEventHeaders.TIME + " " + time, e);
        }
    }

    private static long aggregateVersion(Headers headers) {
        String version = required(headers, CloudEventHeaders.AGGREGATE_VERSION);
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw new EventDecodingException("Malformed " + CloudEventHeaders.AGGREGATE_VERSION + " " + version, e);
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isEmpty()) {
            throw new EventDecodingException("Missing header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
