package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Identifies a person: the Keycloak user id (the token's subject). */
public record UserId(@JsonValue String value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public UserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("UserId must not be blank");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }


    @Override
    public String toString() {
        return value;
    }
}
