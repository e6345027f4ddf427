package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a network. */
public record NetworkId(@JsonValue String value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NetworkId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("NetworkId must not be blank");
        }
    }

    public static NetworkId of(String value) {
        return new NetworkId(value);
    }

    public static NetworkId random() {
        return new NetworkId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
