package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a workshop a network held (or plans to hold). */
public record WorkshopId(@JsonValue String value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkshopId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("WorkshopId must not be blank");
        }
    }

    public static WorkshopId of(String value) {
        return new WorkshopId(value);
    }

    public static WorkshopId random() {
        return new WorkshopId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
