package uk.org.networkcommons.gateway.stream;

/** The viewer already has as many open streams as one viewer may have. */
public class TooManyStreams extends RuntimeException {

    private final int limit;

    public TooManyStreams(int limit) {
        super("You already have " + limit + " open event streams, the most one person or service account may have. "
                + "Close one before opening another.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
