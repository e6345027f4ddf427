package uk.org.networkcommons.platform.problem;

/** The request is well-formed but clashes with the current state (e.g. joining twice, an illegal transition): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
