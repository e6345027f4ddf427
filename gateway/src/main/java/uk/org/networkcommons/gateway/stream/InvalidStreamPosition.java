package uk.org.networkcommons.gateway.stream;

/**
 * A {@code Last-Event-ID} this gateway cannot resume from: not one it issued (garbled, truncated, forged), or ahead of
 * what the topics hold. The client should start afresh without it.
 */
public class InvalidStreamPosition extends IllegalArgumentException {

    public InvalidStreamPosition(String message) {
        super(message);
    }
}
