package uk.org.networkcommons.platform.messaging;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that is not an integration event this service can read: missing or malformed CloudEvents headers, a type
 * that is not in the catalogue, or a body that does not decode. Retrying cannot help, so it goes to the dead letters.
 */
public class EventDecodingException extends SerializationException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
