package uk.org.networkcommons.gateway.portal.dashboard;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in an LA, as the live feed shows it.
 *
 * @param id          the event's id, sent as the SSE id so a reconnecting browser resumes after it
 * @param occurredAt  when it happened
 * @param description what happened, in words for the LA officer (plain text: the portal escapes it)
 */
public record Activity(String id, Instant occurredAt, String description) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(description, "description");
    }
}
