package uk.org.networkcommons.platform.problem;

/** The thing does not exist, or the viewer may not know it exists: both answer 404 so existence does not leak. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No %s with id %s".formatted(what, id));
    }
}
