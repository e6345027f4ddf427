package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an action a network tracks. */
public record ActionId(@JsonValue String value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("ActionId must not be blank");
        }
    }

    public static ActionId of(String value) {
        return new ActionId(value);
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
