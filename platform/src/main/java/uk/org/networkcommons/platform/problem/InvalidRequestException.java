package uk.org.networkcommons.platform.problem;

import java.util.Map;

/** A domain rule rejected the input: 400 with the offending field(s) named, like a bean-validation failure. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.fieldErrors = Map.of(field, message);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
