package uk.org.networkcommons.platform.problem;

/** The viewer may see the thing but not do this to it: 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
