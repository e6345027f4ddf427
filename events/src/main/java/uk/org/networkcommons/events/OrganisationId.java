package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (school, local authority or partner agency). */
public record OrganisationId(@JsonValue String value) implements Identifier {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OrganisationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("OrganisationId must not be blank");
        }
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
