package uk.org.networkcommons.platform.outbox;

/** Someone else changed the aggregate since it was read; nothing was written. Answered as 409 with the current version. */
public class ConcurrentUpdateException extends RuntimeException {

    private final String aggregateId;
    private final long expectedVersion;
    private final Long currentVersion;

    public ConcurrentUpdateException(String aggregateId, long expectedVersion, Long currentVersion) {
        super("%s was changed by someone else (you had version %d, it is now %s); reload it and try again"
                .formatted(aggregateId, expectedVersion, currentVersion == null ? "gone" : currentVersion));
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
