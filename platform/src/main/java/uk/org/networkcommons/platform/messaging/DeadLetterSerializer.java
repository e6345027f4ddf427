package uk.org.networkcommons.platform.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes the value of a dead-lettered record. A record that failed to decode arrives as its original bytes and is
 * written back unchanged; one whose listener threw arrives as a {@link ReceivedEvent} and is written as its event JSON,
 * so that with the original {@code ce_*} headers (which the recoverer copies) the dead letter is the same CloudEvent
 * as the record that failed, ready to be inspected or replayed.
 */
class DeadLetterSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case ReceivedEvent<?> event -> EventJson.write(event.payload()).getBytes(StandardCharsets.UTF_8);
            default -> EventJson.write(value).getBytes(StandardCharsets.UTF_8);
        };
    }
}
