package uk.org.networkcommons.platform.outbox;

import java.time.Instant;

/**
 * One event waiting in an aggregate's document to be relayed: everything the relay needs to build the Kafka record,
 * with the payload already serialised so the relay never needs the event's class.
 *
 * @param aggregateVersion the position of this event in its aggregate's history (1, 2, 3...), used by consumers to
 *                         apply each event once and in order
 */
public record OutboxEntry(String eventId, String type, String topic, String aggregateId, long aggregateVersion,
        Instant occurredAt, String networkId, String laCode, String payload) {
}
