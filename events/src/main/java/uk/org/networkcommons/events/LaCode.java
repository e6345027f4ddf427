package uk.org.networkcommons.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The three-digit code that identifies a local authority in England, e.g. {@code 873}. */
public record LaCode(@JsonValue String value) implements Identifier {

    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LaCode {
        if (value == null || !THREE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("LA code must be three digits, e.g. 873, but was " + value);
        }
    }

    public static LaCode of(String value) {
        return new LaCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
